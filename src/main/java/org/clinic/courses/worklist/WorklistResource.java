package org.clinic.courses.worklist;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.clinic.courses.dose.DoseForm;
import org.clinic.courses.dose.DoseResource;
import org.clinic.courses.dose.DoseService;
import org.clinic.courses.security.Role;
import org.clinic.courses.web.*;
import org.jboss.resteasy.reactive.RestForm;

import java.util.List;

/**
 * The nurse's list of today's doses. Each row logs its dose in place with htmx: the row is a
 * fragment, and failures answer 200 with the row showing its errors, since htmx does not swap
 * 4xx responses. Without JavaScript the same forms post to the dose pages and come back here.
 */
@Path("/worklist")
@RolesAllowed({Role.NURSE_NAME, Role.PHYSICIAN_NAME})
@Produces(MediaType.TEXT_HTML)
public class WorklistResource {
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(WorklistService.Worklist worklist, List<PhysicianQueue.Ask> asks);

        static native TemplateInstance index$row(WorklistRow row);
    }

    @Inject
    WorklistMessages messages;
    @Inject
    WorklistService worklist;
    @Inject
    DoseService doses;
    @Inject
    PhysicianQueue queue;
    @Inject
    CurrentUser user;

    @GET
    public TemplateInstance index() {
        return Templates.index(worklist.today(), user.isPhysician() ? queue.open() : List.of());
    }

    /** "Ask the physician" on a blocked row: audited, and the course goes to the top of the physician's queue. */
    @POST
    @Path("courses/{id}/ask-physician")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response askPhysician(@PathParam("id") long courseId, @HeaderParam("HX-Request") boolean htmx) {
        String message;
        FormErrors errors = FormErrors.NONE;
        try {
            queue.ask(courseId);
            message = messages.askedSaved();
        } catch (ConflictException e) {
            message = messages.notSaved(e.getMessage());
            errors = new FormErrors(List.of(new FieldError(null, e.getMessage())));
        }
        if (!htmx) {
            return Flash.redirect("/worklist", message);
        }
        return Response.ok(Templates.index$row(worklist.row(courseId, null, errors, message))).build();
    }

    @POST
    @Path("courses/{id}/administrations")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response record(@PathParam("id") long courseId, @HeaderParam("HX-Request") boolean htmx,
                           @RestForm String administeredAt, @RestForm String route, @RestForm String volumeMl,
                           @RestForm String status, @RestForm String site, @RestForm String lotNumber,
                           @RestForm String diluent, @RestForm String diluentVolumeMl, @RestForm String infusionMinutes,
                           @RestForm String notes, @RestForm String submissionToken,
                           @RestForm String shownAt, @RestForm String confirmedVolumeMl, @RestForm String scan) {
        DoseForm form = new DoseForm(administeredAt, route, volumeMl, status, site, lotNumber, diluent, diluentVolumeMl,
                infusionMinutes, notes, submissionToken, "/worklist", shownAt, confirmedVolumeMl, scan);
        WorklistRow row;
        String message;
        try {
            message = DoseResource.message(doses.recordForm(courseId, form));
            row = worklist.row(courseId, null, FormErrors.NONE, message);
        } catch (InvalidInputException e) {
            message = messages.notSavedFields();
            row = worklist.row(courseId, form, new FormErrors(e.errors()), message);
        } catch (ConflictException e) {
            message = messages.notSaved(e.getMessage());
            row = worklist.row(courseId, form, new FormErrors(List.of(new FieldError(null, e.getMessage()))), message);
        }
        if (!htmx) {
            return Flash.redirect("/worklist", message);
        }
        return Response.ok(Templates.index$row(row)).build();
    }
}
