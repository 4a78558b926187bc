package org.clinic.courses.safety;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.clinic.courses.security.Role;
import org.clinic.courses.web.ConflictException;
import org.clinic.courses.web.FieldError;
import org.clinic.courses.web.Flash;
import org.clinic.courses.web.FormErrors;
import org.clinic.courses.web.FormValues;
import org.clinic.courses.web.InvalidInputException;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/** The clinic-wide review queue of flags: filter, acknowledge, and (physicians) override or resolve. */
@Path("/flags")
@RolesAllowed({Role.NURSE_NAME, Role.PHYSICIAN_NAME})
@Produces(MediaType.TEXT_HTML)
public class FlagResource {
    /** Rows per page: each carries its own forms, so the page's cost follows this, not the open flags. */
    static final int PAGE_SIZE = 50;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<Flag> flags, FlagQueueCounts counts, FlagPageQuery query,
                                            FormErrors errors, FormErrors filterErrors, Long errorFlagId, FlagPager pager,
                                            FormValues typed);
    }

    @Inject
    FlagMessages messages;
    @Inject
    FlagSearch search;
    @Inject
    FlagLifecycle lifecycle;

    @GET
    public Response list(@RestQuery List<String> status, @RestQuery String severity, @RestQuery String code,
                         @RestQuery String from, @RestQuery String to, @RestQuery String page) {
        FlagPageQuery query = new FlagPageQuery(status, severity, code, from, to, page);
        try {
            return Response.ok(page(query, FormErrors.NONE, null, FormValues.NONE)).build();
        } catch (InvalidInputException e) {
            return Response.status(400).entity(Templates.list(List.of(), FlagQueueCounts.of(List.of()), query, FormErrors.NONE,
                    new FormErrors(e.errors()), null, FlagPager.NONE, FormValues.NONE)).build();
        }
    }

    @POST
    @Path("{id}/acknowledge")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response acknowledge(@PathParam("id") long id, @RestForm String note, @RestForm String back) {
        return act(id, back, "note", note, f -> messages.acknowledged(f.code.label(), f.course.id), () -> lifecycle.acknowledge(id, note));
    }

    @POST
    @Path("{id}/override")
    @RolesAllowed(Role.PHYSICIAN_NAME)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response override(@PathParam("id") long id, @RestForm String reason, @RestForm String password,
                             @RestForm String back) {
        return act(id, back, "override", reason, f -> messages.overridden(f.code.label(), f.course.id),
                () -> lifecycle.override(id, reason, password));
    }

    @POST
    @Path("{id}/resolve")
    @RolesAllowed(Role.PHYSICIAN_NAME)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response resolve(@PathParam("id") long id, @RestForm String reason, @RestForm String back) {
        return act(id, back, "resolve", reason, f -> messages.resolved(f.code.label(), f.course.id), () -> lifecycle.resolve(id, reason));
    }

    /** Post/redirect/get on success; the page again with the message at the flag's form (error key field-id) otherwise. */
    private Response act(long id, String back, String field, String typedText, Function<Flag, String> done,
                         Supplier<Flag> step) {
        FlagPageQuery query = FlagPageQuery.fromQueryString(back);
        FormValues typed = FormValues.of(field + "-" + id, typedText);
        try {
            Flag f = step.get();
            String qs = query.queryString();
            return Flash.redirect("/flags" + (qs.isEmpty() ? "" : "?" + qs),
                    done.apply(f));
        } catch (InvalidInputException e) {
            List<FieldError> errors = e.errors().stream().map(x -> new FieldError(errorKey(field, id, x), x.message())).toList();
            return Response.status(400).entity(safePage(query, new FormErrors(errors), id, typed)).build();
        } catch (ConflictException e) {
            return Response.status(409).entity(safePage(query,
                    new FormErrors(List.of(new FieldError(null, e.getMessage()))), id, typed)).build();
        }
    }

    /** The signature's password has its own input: override-{id}-password; the rest report at {field}-{id}. */
    public static String errorKey(String field, long id, FieldError error) {
        return field + "-" + id + ("password".equals(error.field()) ? "-password" : "");
    }

    private TemplateInstance safePage(FlagPageQuery query, FormErrors errors, long id, FormValues typed) {
        try {
            return page(query, errors, id, typed);
        } catch (InvalidInputException e) {
            return page(FlagPageQuery.DEFAULT, errors, id, typed);
        }
    }

    /** Counts first (one grouped count), so a page past the end shows the last one. */
    private TemplateInstance page(FlagPageQuery query, FormErrors errors, Long errorFlagId, FormValues typed) {
        FlagFilter filter = query.filter(PAGE_SIZE);
        FlagQueueCounts counts = search.counts(filter);
        FlagPager pager = FlagPager.of(query, counts.total(), PAGE_SIZE);
        if (pager.page() != query.pageNumber()) {
            query = query.atPage(pager.page());
            filter = query.filter(PAGE_SIZE);
        }
        return Templates.list(search.find(filter), counts, query, errors, FormErrors.NONE, errorFlagId, pager, typed);
    }
}
