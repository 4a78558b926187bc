package org.clinic.courses.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.security.ForbiddenException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Every failure gets a clear answer and never a stack trace: JSON {"errors":[...]} under /api,
 * an error page elsewhere.
 */
public class ErrorMapper {
    private static final Logger LOG = Logger.getLogger(ErrorMapper.class);

    /** Error pages stand alone: a refused request never reached the filters the full layout needs. */
    @CheckedTemplate(basePath = "errors", requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance standalone(int status, String title, String message);
    }

    @ServerExceptionMapper
    public Response invalid(InvalidInputException e, UriInfo uri) {
        return respond(uri, 400, words().errorInvalidInput(), e.errors());
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldName(v), v.getMessage()))
                .sorted(java.util.Comparator.comparing(FieldError::field))
                .collect(Collectors.toList());
        return respond(uri, 400, words().errorInvalidInput(), errors);
    }

    @ServerExceptionMapper
    public Response violation(io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException e, UriInfo uri) {
        return constraintViolation(e, uri);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonMappingException e, UriInfo uri) {
        String field = e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining("."));
        String message = field.isEmpty() ? "The request body is not valid JSON for this resource"
                : "Invalid value" + describeTarget(e);
        return respond(uri, 400, words().errorInvalidInput(), List.of(new FieldError(field.isEmpty() ? "body" : field, message)));
    }

    /** Quarkus ships its own mapper for this subtype (a different body shape): ours must win. */
    @ServerExceptionMapper
    public Response invalidFormat(com.fasterxml.jackson.databind.exc.InvalidFormatException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper
    public Response mismatchedInput(com.fasterxml.jackson.databind.exc.MismatchedInputException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e, UriInfo uri) {
        return respond(uri, 400, words().errorInvalidInput(), List.of(new FieldError("body", "The request body is not valid JSON")));
    }

    @ServerExceptionMapper
    public Response conflict(ConflictException e, UriInfo uri) {
        if (isApi(uri)) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("errors", List.of(new FieldError(null, e.getMessage())));
            if (e.body() != null) {
                body.put("flags", e.body());
            }
            return Response.status(409).type(MediaType.APPLICATION_JSON).entity(body).build();
        }
        return page(409, words().errorConflict(), e.getMessage());
    }

    @ServerExceptionMapper
    public Response idempotencyMismatch(IdempotencyMismatchException e, UriInfo uri) {
        return respond(uri, 422, words().errorInvalidInput(), List.of(new FieldError("Idempotency-Key", e.getMessage())));
    }

    @ServerExceptionMapper
    public Response staleWrite(OptimisticLockException e, UriInfo uri) {
        return respond(uri, 409, words().errorChangedMeanwhile(),
                List.of(new FieldError(null, "Someone else changed this record meanwhile; reload and try again")));
    }

    @ServerExceptionMapper
    public Response csrfRefused(CsrfRefusedException e, UriInfo uri) {
        LOG.debugf("CSRF refusal on %s: %s", uri.getPath(), e.getMessage());
        return respond(uri, 400, words().errorInvalidInput(), List.of(new FieldError(null,
                "This form has expired or did not come from this site. Nothing was saved; reload the page and try again.")));
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(uri, 403, words().errorNotAllowed(), List.of(new FieldError(null, "Your role may not do this")));
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri) {
        return respond(uri, 404, words().errorNotFound(), List.of(new FieldError(null, "There is nothing at this address")));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status < 400 || status == 401) {
            return e.getResponse();
        }
        if (e.getCause() instanceof JsonMappingException mapping) {
            return unreadableJson(mapping, uri);
        }
        if (e.getCause() instanceof JsonProcessingException malformed) {
            return malformedJson(malformed, uri);
        }
        String message = status == 400 ? "The request could not be read" : status == 415 ? "Unsupported content type"
                : status == 405 ? "Method not allowed" : "The request could not be served";
        return respond(uri, status, Response.Status.fromStatusCode(status) == null ? "Error"
                : Response.Status.fromStatusCode(status).getReasonPhrase(), List.of(new FieldError(null, message)));
    }

    @ServerExceptionMapper(priority = 10000)
    public Response unexpected(Throwable e, UriInfo uri) {
        LOG.error("Unexpected failure on " + uri.getPath(), e);
        return respond(uri, 500, words().errorSomethingWrong(),
                List.of(new FieldError(null, "Something went wrong on our side. Nothing was saved; please try again.")));
    }

    private static Response respond(UriInfo uri, int status, String title, List<FieldError> errors) {
        if (isApi(uri)) {
            return Response.status(status).type(MediaType.APPLICATION_JSON).entity(new ErrorBody(errors)).build();
        }
        List<String> lines = new ArrayList<>();
        for (FieldError error : errors) {
            lines.add(error.field() == null || error.field().isBlank() ? error.message() : error.field() + ": " + error.message());
        }
        return page(status, title, String.join("; ", lines));
    }

    private static Response page(int status, String title, String message) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.standalone(status, title, message)).build();
    }

    private static AppMessages words() {
        return MessageBundles.get(AppMessages.class);
    }

    static boolean isApi(UriInfo uri) {
        String path = uri.getPath();
        return path.equals("/api") || path.startsWith("/api/");
    }

    private static String fieldName(ConstraintViolation<?> v) {
        String name = null;
        for (Path.Node node : v.getPropertyPath()) {
            if (node.getKind() == jakarta.validation.ElementKind.PROPERTY
                    || node.getKind() == jakarta.validation.ElementKind.PARAMETER) {
                name = node.getName();
            }
        }
        return name == null ? "body" : name;
    }

    private static String describeTarget(JsonMappingException e) {
        if (e instanceof com.fasterxml.jackson.databind.exc.InvalidFormatException f && f.getTargetType() != null) {
            Class<?> type = f.getTargetType();
            if (type.isEnum()) {
                return ": expected one of " + java.util.Arrays.toString(type.getEnumConstants());
            }
            return ": expected " + readable(type);
        }
        return "";
    }

    /** What a client should send, in the contract's words rather than Java's. */
    static String readable(Class<?> type) {
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class && type != char.class)) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == java.time.LocalDate.class) {
            return "a date (YYYY-MM-DD)";
        }
        if (type == java.time.OffsetDateTime.class || type == java.time.Instant.class || type == java.time.ZonedDateTime.class) {
            return "a date and time with its offset (ISO 8601, e.g. 2026-03-01T09:30:00Z)";
        }
        if (type == java.time.LocalTime.class) {
            return "a time (HH:MM)";
        }
        return type.getSimpleName().toLowerCase();
    }
}
