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
                                            List<Choices.Option> causalities);

        static native TemplateInstance voidForm(AdverseEvent event, String reason, FormErrors errors);
    }

    @Inject
    AdverseEventMessages messages;
    @Inject
    AdverseEventService events;
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
                List.of(SeriousCriterion.values()), Choices.ACTIONS, Choices.OUTCOMES, Choices.CAUSALITY);
    }

    private static AdverseEvent event(long id) {
        return AdverseEvent.<AdverseEvent>find("from AdverseEvent e join fetch e.course c join fetch c.patient where e.id = ?1", id)
                .firstResultOptional().orElseThrow(() -> new NotFoundException("Unknown adverse event " + id));
    }
}
