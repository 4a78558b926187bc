package org.clinic.courses.meddra;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.clinic.courses.audit.AuditLog;
import org.clinic.courses.security.CsrfTokens;
import org.clinic.courses.security.Role;
import org.clinic.courses.security.TokenCheckedByMethod;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import org.clinic.courses.web.ConflictException;
import org.clinic.courses.web.FieldError;
import org.clinic.courses.web.Flash;
import org.clinic.courses.web.FormErrors;
import org.clinic.courses.web.InvalidInputException;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.util.List;

/** The MedDRA page (ADMIN): the imported releases and the form that imports one. */
@Path("/admin/meddra")
@RolesAllowed(Role.ADMIN_NAME)
@Produces(MediaType.TEXT_HTML)
public class MeddraResource {
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(List<MeddraDictionary.Release> releases, String version, FormErrors errors);
    }

    @Inject
    MeddraImport importer;
    @Inject
    MeddraDictionary dictionary;
    @Inject
    MeddraMessages messages;
    @Inject
    AuditLog audit;
    @Inject
    CsrfTokens tokens;
    @Inject
    CurrentVertxRequest request;

    private boolean isMultipart() {
        String type = request.getCurrent().request().getHeader("Content-Type");
        return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
    }

    @GET
    public TemplateInstance page() {
        return Templates.page(dictionary.releases(), "", FormErrors.NONE);
    }

    @POST
    @Consumes({MediaType.MULTIPART_FORM_DATA, MediaType.APPLICATION_FORM_URLENCODED})
    @TokenCheckedByMethod
    public Response upload(@RestForm(CsrfTokens.FIELD) String csrfToken, @RestForm String version,
                           @RestForm FileUpload llt, @RestForm FileUpload pt, @RestForm FileUpload mdhier,
                           @RestForm FileUpload release) {
        // a url-encoded form was checked by CsrfFilter before matching; a multipart one is checked here
        if (isMultipart()) tokens.requireSessionToken(request.getCurrent(), csrfToken);
        try {
            var done = importer.run(version, files(llt, pt, mdhier, release), audit.currentUser());
            return Flash.redirect("/admin/meddra", messages.importedFlash(done.version(), done.llts(), done.pts()));
        } catch (InvalidInputException e) {
            return rerender(version, e.errors());
        } catch (ConflictException e) {
            return rerender(version, List.of(new FieldError("version", e.getMessage())));
        }
    }

    private Response rerender(String version, List<FieldError> errors) {
        String shown = version == null ? "" : version.length() > 20 ? version.substring(0, 20) : version;
        return Response.status(400).entity(Templates.page(dictionary.releases(), shown, new FormErrors(errors))).build();
    }

    /** A missing or empty part counts as not chosen. */
    static MeddraImport.Files3 files(FileUpload llt, FileUpload pt, FileUpload mdhier, FileUpload release) {
        return new MeddraImport.Files3(path(llt), path(pt), path(mdhier), path(release));
    }

    private static java.nio.file.Path path(FileUpload upload) {
        return upload == null || upload.uploadedFile() == null || upload.size() == 0 ? null : upload.uploadedFile();
    }
}
