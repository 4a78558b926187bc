package org.clinic.courses.course;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.clinic.courses.catalog.Drug;
import org.clinic.courses.catalog.DrugCatalog;
import org.clinic.courses.catalog.DrugDefinition;
import org.clinic.courses.patient.Patient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import org.clinic.courses.dose.Idempotency;
import org.clinic.courses.security.Role;
import org.clinic.courses.web.*;
import org.jboss.resteasy.reactive.RestForm;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Course pages: the list, the prescription form and the physician's course page with stop (sign-off: review/CourseReviewResource). */
@Path("/") // shares its root with the dose and side-effect resources under courses/{id}/...
@RolesAllowed({Role.NURSE_NAME, Role.PHYSICIAN_NAME})
@Produces(MediaType.TEXT_HTML)
public class CourseResource {
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(CourseQueries.CoursePage result, String status, String patientId,
                                            List<CourseStatus> statuses, LocalDate today);

        static native TemplateInstance prescribe(CourseInput form, FormErrors errors, Patient patient, List<Drug> drugs,
                                                 DrugDefinition drug, String protocol, List<Route> routes,
                                                 List<ScheduleType> schedules, String submissionToken);

        static native TemplateInstance view(CourseSheet sheet, LocalDate today, FormErrors errors);
    }

    @Inject
    CourseMessages messages;
    @Inject
    CourseService courses;
    @Inject
    CourseQueries queries;
    @Inject
    DrugCatalog catalog;
    @Inject
    Clock clock;
    @Inject
    io.quarkus.security.identity.SecurityIdentity identity;

    @GET
    @Path("courses")
    public TemplateInstance list(@QueryParam("status") String status, @QueryParam("patientId") String patientId,
                                 @QueryParam("page") @DefaultValue("0") int page) {
        InputCheck check = new InputCheck();
        Long patient = check.id("patientId", patientId, false);
        CourseStatus wanted = check.oneOf("status", status, CourseStatus.class, false);
        check.throwIfAny();
        return Templates.list(queries.search(patient, wanted, page), wanted == null ? "" : wanted.name(),
                patient == null ? "" : patient.toString(), List.of(CourseStatus.values()), LocalDate.now(clock));
    }

    /** Choosing a drug or protocol re-renders this page (GET, so it works without JavaScript) pre-filled. */
    @GET
    @Path("courses/new")
    @RolesAllowed(Role.PHYSICIAN_NAME)
    public TemplateInstance prescribeForm(@QueryParam("patientId") String patientId, @QueryParam("drug") String drugCode,
                                          @QueryParam("protocol") String protocol) {
        List<Drug> drugs = catalog.all();
        String code = drugCode != null && !drugCode.isBlank() ? drugCode : drugs.isEmpty() ? null : drugs.get(0).code;
        DrugDefinition drug = catalog.find(code).orElse(null);
        Optional<DrugDefinition.Protocol> chosen = drug == null ? Optional.empty()
                : drug.protocols().stream().filter(p -> p.name().equals(protocol)).findFirst();
        CourseInput form = chosen.map(p -> new CourseInput(patientId, code, p.name(), InputCheck.str(p.route()),
                        InputCheck.str(p.defaultDailyVolumeMl()), LocalDate.now(clock).toString(),
                        String.valueOf(p.defaultLengthDays()), InputCheck.str(p.schedule()), ""))
                .orElse(new CourseInput(patientId, code, "", "", "", LocalDate.now(clock).toString(), "", "DAILY", ""));
        return prescribePage(form, FormErrors.NONE, chosen.map(DrugDefinition.Protocol::name).orElse(""),
                java.util.UUID.randomUUID().toString());
    }

    @POST
    @Path("courses")
    @RolesAllowed(Role.PHYSICIAN_NAME)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response prescribe(@RestForm String patientId, @RestForm String drug, @RestForm String indication,
                              @RestForm String route, @RestForm String dailyVolumeMl, @RestForm String startDate,
                              @RestForm String lengthDays, @RestForm String schedule, @RestForm String onsetAt,
                              @RestForm String limitOverrideReason, @RestForm String check,
                              @RestForm String submissionToken) {
        CourseInput form = new CourseInput(patientId, drug, indication, route, dailyVolumeMl, startDate, lengthDays,
                schedule, onsetAt, limitOverrideReason);
        if (check != null) { // the "check" step: show the screening findings, save nothing
            return Response.ok(prescribePage(form, FormErrors.NONE, "", submissionToken)).build();
        }
        try {
            String key = Idempotency.storedKey("prescribe", submissionToken);
            String me = identity.getPrincipal().getName();
            // A second submit of the same form (double click, back and resubmit) lands on the first course.
            TreatmentCourse c = Idempotency.once(key,
                    () -> QuarkusTransaction.requiringNew().call(() -> TreatmentCourse.<TreatmentCourse>find(
                            "submissionToken", key).firstResultOptional()),
                    () -> QuarkusTransaction.requiringNew().call(() -> courses.prescribe(form, key)));
            if (!me.equals(c.prescribedBy)) {
                throw new InvalidInputException("submissionToken", "This form was already sent by someone else; reload it");
            }
            return Flash.redirect("/courses/" + c.id, messages.prescribed());
        } catch (InvalidInputException e) {
            return Response.status(400).entity(prescribePage(form, new FormErrors(e.errors()), "", submissionToken)).build();
        }
    }

    @GET
    @Path("courses/{id}")
    public TemplateInstance view(@PathParam("id") long id) {
        return viewPage(id, FormErrors.NONE);
    }

    @POST
    @Path("courses/{id}/stop")
    @RolesAllowed(Role.PHYSICIAN_NAME)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response stop(@PathParam("id") long id, @RestForm String reason) {
        try {
            courses.stop(id, reason);
            return Flash.redirect("/courses/" + id, messages.stopped());
        } catch (InvalidInputException e) {
            return Response.status(400).entity(viewPage(id, new FormErrors(e.errors()))).build();
        } catch (ConflictException e) {
            return Response.status(409).entity(viewPage(id, new FormErrors(List.of(new FieldError("reason", e.getMessage()))))).build();
        }
    }

    private TemplateInstance viewPage(long id, FormErrors errors) {
        CourseRecord r = queries.load(id);
        DrugDefinition drug = catalog.find(r.course().drugCode).orElse(null);
        return Templates.view(CourseSheet.of(r, drug, clock.getZone()), r.today(), errors);
    }

    private TemplateInstance prescribePage(CourseInput form, FormErrors errors, String protocol, String submissionToken) {
        InputCheck ignored = new InputCheck();
        Long id = ignored.id("patientId", form.patientId(), false);
        Patient patient = id == null ? null : Patient.findById(id);
        DrugDefinition drug = catalog.find(form.drug()).orElse(null);
        return Templates.prescribe(form, errors, patient, catalog.all(), drug, protocol, List.of(Route.values()),
                List.of(ScheduleType.values()), submissionToken == null || submissionToken.isBlank()
                        ? java.util.UUID.randomUUID().toString() : submissionToken);
    }
}
