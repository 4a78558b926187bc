package org.clinic.courses.adverse;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.clinic.courses.catalog.DrugCatalog;
import org.clinic.courses.catalog.DrugDefinition;
import org.clinic.courses.course.TreatmentCourse;
import org.clinic.courses.dose.FormInput;
import org.clinic.courses.security.Role;
import org.clinic.courses.web.*;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Pages to record a side effect and to void one. */
@Path("/")
@RolesAllowed({Role.NURSE_NAME, Role.PHYSICIAN_NAME})
@Produces(MediaType.TEXT_HTML)
public class AdverseEventResource {
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(TreatmentCourse course, DrugDefinition drug, AdverseEventForm form,
                                            FormErrors errors, List<Choices.Option> grades, List<SeriousCriterion> criteria,
                                            List<Choices.Option> actions, List<Choices.Option> outcomes,
                                            List<Choices.Option> causalities, AdverseEvent correcting, String reason);

        static native TemplateInstance voidForm(AdverseEvent event, String reason, FormErrors errors);
    }

    @Inject
    AdverseEventMessages messages;
    @Inject
    AdverseEventService events;
    @Inject
    AdverseEventCorrection corrections;
    @Inject
    DrugCatalog catalog;
    @Inject
    Clock clock;

    @GET
    @Path("courses/{id}/adverse-events/new")
    public TemplateInstance newForm(@PathParam("id") long courseId, @RestQuery String returnTo) {
        return page(courseId, AdverseEventForm.blank(LocalDate.now(clock), FormInput.localPath(returnTo, "")), FormErrors.NONE);
    }

    @POST
    @Path("courses/{id}/adverse-events")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response record(@PathParam("id") long courseId, @RestForm String observedOn, @RestForm String term,
                           @RestForm String grade, @RestForm List<String> seriousCriteria, @RestForm String action,
                           @RestForm String outcome, @RestForm String causality, @RestForm String notes,
                           @RestForm String submissionToken, @RestForm String returnTo) {
        AdverseEventForm form = new AdverseEventForm(observedOn, term, grade, seriousCriteria, action, outcome, causality,
                notes, submissionToken, returnTo);
        try {
            List<FieldError> unreadable = new ArrayList<>();
            AdverseEventRequest request = form.toRequest(unreadable);
            AdverseEventService.Result r = events.record(courseId, request, submissionToken, unreadable);
            return Flash.redirect(FormInput.localPath(returnTo, "/courses/" + courseId),
                    r.replayed() ? messages.alreadyRecorded(r.event().term(), r.event().grade())
                            : messages.recorded(r.event().term(), r.event().grade()));
        } catch (InvalidInputException e) {
            return Response.status(400).entity(page(courseId, form, new FormErrors(e.errors()))).build();
        } catch (ConflictException e) {
            return Response.status(409).entity(page(courseId, form,
                    new FormErrors(List.of(new FieldError(null, e.getMessage()))))).build();
        }
    }

    @GET
    @Path("adverse-events/{eid}/correct")
    public TemplateInstance correctForm(@PathParam("eid") long id, @RestQuery String returnTo) {
        AdverseEvent e = event(id);
        return correctionPage(e, AdverseEventForm.of(e, FormInput.localPath(returnTo, "")), "", FormErrors.NONE);
    }

    @POST
    @Path("adverse-events/{eid}/correct")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response correct(@PathParam("eid") long id, @RestForm String observedOn, @RestForm String term,
                            @RestForm String grade, @RestForm List<String> seriousCriteria, @RestForm String action,
                            @RestForm String outcome, @RestForm String causality, @RestForm String notes,
                            @RestForm String submissionToken, @RestForm String returnTo, @RestForm String reason) {
        AdverseEventForm form = new AdverseEventForm(observedOn, term, grade, seriousCriteria, action, outcome, causality,
                notes, submissionToken, returnTo);
        FormErrors errors;
        int code;
        try {
            List<FieldError> unreadable = new ArrayList<>();
            AdverseEventRequest request = form.toRequest(unreadable);
            AdverseEventService.Result r = corrections.correct(id, request, reason, submissionToken, unreadable,
                    new Submitted(form, reason));
            return Flash.redirect(FormInput.localPath(returnTo, "/courses/" + r.courseId()),
                    r.replayed() ? messages.alreadyCorrected(r.event().term(), r.event().grade())
                            : messages.corrected(r.event().term(), r.event().grade()));
        } catch (InvalidInputException e) {
            errors = new FormErrors(e.errors());
            code = 400;
        } catch (IdempotencyMismatchException e) {
            errors = new FormErrors(List.of(new FieldError(null, e.getMessage())));
            code = 422;
        } catch (ConflictException e) {
            errors = new FormErrors(List.of(new FieldError(null, e.getMessage())));
            code = 409;
        }
        return Response.status(code).entity(correctionPage(event(id), form, reason, errors)).build();
    }

    /** What a correction form's submission token is bound to: the form as typed and the reason. */
    record Submitted(AdverseEventForm form, String reason) {
    }

    @GET
    @Path("adverse-events/{eid}/void")
    public TemplateInstance voidForm(@PathParam("eid") long id) {
        return Templates.voidForm(event(id), "", FormErrors.NONE);
    }

    @POST
    @Path("adverse-events/{eid}/void")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response voidRecord(@PathParam("eid") long id, @RestForm String reason) {
        try {
            AdverseEventService.Result r = events.voidRecord(id, reason);
            return Flash.redirect("/courses/" + r.courseId(), messages.voided());
        } catch (InvalidInputException e) {
            return Response.status(400).entity(Templates.voidForm(event(id), reason, new FormErrors(e.errors()))).build();
        } catch (ConflictException e) {
            return Response.status(409).entity(Templates.voidForm(event(id), reason,
                    new FormErrors(List.of(new FieldError(null, e.getMessage()))))).build();
        }
    }

    private TemplateInstance page(long courseId, AdverseEventForm form, FormErrors errors) {
        TreatmentCourse course = TreatmentCourse.<TreatmentCourse>find("from TreatmentCourse c join fetch c.patient where c.id = ?1",
                courseId).firstResultOptional().orElseThrow(() -> new NotFoundException("Unknown course " + courseId));
        return Templates.form(course, catalog.definition(course.drugCode), form, errors, Choices.GRADES,
                List.of(SeriousCriterion.values()), Choices.ACTIONS, Choices.OUTCOMES, Choices.CAUSALITY, null, "");
    }

    /** The side-effect form prefilled with a stored event, to correct it; {@code reason} says what was wrong. */
    private TemplateInstance correctionPage(AdverseEvent original, AdverseEventForm form, String reason, FormErrors errors) {
        TreatmentCourse course = original.course;
        return Templates.form(course, catalog.definition(course.drugCode), form, errors, Choices.GRADES,
                List.of(SeriousCriterion.values()), Choices.ACTIONS, Choices.OUTCOMES, Choices.CAUSALITY, original,
                reason == null ? "" : reason);
    }

    private static AdverseEvent event(long id) {
        return AdverseEvent.<AdverseEvent>find("from AdverseEvent e join fetch e.course c join fetch c.patient where e.id = ?1", id)
                .firstResultOptional().orElseThrow(() -> new NotFoundException("Unknown adverse event " + id));
    }
}
