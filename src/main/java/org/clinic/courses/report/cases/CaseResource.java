package org.clinic.courses.report.cases;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.clinic.courses.audit.AuditLog;
import org.clinic.courses.report.ReportMessages;
import org.clinic.courses.security.Role;
import org.clinic.courses.web.ConflictException;
import org.clinic.courses.web.FieldError;
import org.clinic.courses.web.Flash;
import org.clinic.courses.web.FormErrors;
import org.clinic.courses.web.InvalidInputException;
import org.jboss.resteasy.reactive.RestForm;

import java.util.List;

/** The page that nullifies a case already sent (PHYSICIAN): case id and reason. */
@Path("/reports/nullify")
@RolesAllowed(Role.PHYSICIAN_NAME)
@Produces(MediaType.TEXT_HTML)
public class CaseResource {
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(String caseId, String reason, FormErrors errors);
    }

    @Inject
    CaseNullification nullification;
    @Inject
    ReportMessages messages;
    @Inject
    AuditLog audit;

    @GET
    public TemplateInstance page(@QueryParam("caseId") String caseId) {
        return Templates.page(shorten(caseId, 100), "", FormErrors.NONE);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response nullify(@RestForm String caseId, @RestForm String reason) {
        try {
            var done = nullification.nullify(caseId, reason, audit.currentUser());
            return Flash.redirect("/reports", messages.nullified(done.caseId(), done.version()));
        } catch (InvalidInputException e) {
            return Response.status(400).entity(Templates.page(shorten(caseId, 100), shorten(reason, 500),
                    new FormErrors(e.errors()))).build();
        } catch (ConflictException e) {
            return Response.status(409).entity(Templates.page(shorten(caseId, 100), shorten(reason, 500),
                    new FormErrors(List.of(new FieldError("caseId", e.getMessage()))))).build();
        }
    }

    private static String shorten(String s, int max) {
        return s == null ? "" : s.length() > max ? s.substring(0, max) : s;
    }
}
