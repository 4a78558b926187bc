package org.clinic.courses.patient;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.clinic.courses.course.TreatmentCourse;
import org.clinic.courses.security.Role;
import org.clinic.courses.web.*;
import org.jboss.resteasy.reactive.RestForm;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Patient pages: search, register, view with conditions/medications/allergies and courses, edit. */
@Path("/patients")
@RolesAllowed({Role.NURSE_NAME, Role.PHYSICIAN_NAME})
@Produces(MediaType.TEXT_HTML)
public class PatientResource {
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(PatientSearch.SearchResult result, String q);

        static native TemplateInstance form(PatientInput form, FormErrors errors, Long id, Integer version,
                                            List<Sex> sexes);

        static native TemplateInstance view(Patient patient, List<TreatmentCourse> courses, LocalDate today,
                                            FormErrors errors, Map<String, String> entered,
                                            List<PatientVersions.Edit> versions);
    }

    /** The service's field names, as the add forms on the view page name them. */
    private static final Map<String, Map<String, String>> FORM_FIELDS = Map.of(
            "conditions", Map.of("name", "conditionName", "code", "conditionCode"),
            "medications", Map.of("name", "medicationName"),
            "allergies", Map.of("substance", "allergySubstance"));

    @Inject
    PatientMessages messages;
    @Inject
    PatientService patients;
    @Inject
    PatientSearch search;
    @Inject
    PatientVersions versions;
    @Inject
    Clock clock;

    @GET
    public TemplateInstance list(@QueryParam("q") String q, @QueryParam("page") @DefaultValue("0") int page) {
        PatientSearch.SearchResult result = search.search(q, page);
        return Templates.list(result, result.query());
    }

    @GET
    @Path("new")
    public TemplateInstance newForm() {
        return Templates.form(PatientInput.empty(), FormErrors.NONE, null, null, List.of(Sex.values()));
    }

    @POST
    @Path("new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@RestForm String mrn, @RestForm String givenName, @RestForm String familyName,
                           @RestForm String birthDate, @RestForm String sex, @RestForm String weightKg,
                           @RestForm String egfr, @RestForm String apoeE4Carrier, @RestForm String egfrMeasuredOn) {
        PatientInput form = new PatientInput(mrn, givenName, familyName, birthDate, sex, weightKg, egfr, apoeE4Carrier,
                egfrMeasuredOn);
        try {
            Patient p = patients.register(form, List.of(), List.of(), List.of());
            return Flash.redirect("/patients/" + p.id, messages.registered(p.fullName()));
        } catch (InvalidInputException e) {
            return formError(400, form, e.errors(), null, null);
        } catch (ConflictException e) {
            return formError(409, form, List.of(new FieldError("mrn", e.getMessage())), null, null);
        }
    }

    @GET
    @Path("{id}")
    public TemplateInstance view(@PathParam("id") long id) {
        return viewPage(patients.get(id), FormErrors.NONE, Map.of());
    }

    @GET
    @Path("{id}/edit")
    public TemplateInstance editForm(@PathParam("id") long id) {
        Patient p = patients.get(id);
        return Templates.form(PatientInput.of(p), FormErrors.NONE, p.id, p.version, List.of(Sex.values()));
    }

    @POST
    @Path("{id}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response edit(@PathParam("id") long id, @RestForm String version, @RestForm String mrn,
                         @RestForm String givenName, @RestForm String familyName, @RestForm String birthDate,
                         @RestForm String sex, @RestForm String weightKg, @RestForm String egfr,
                         @RestForm String apoeE4Carrier, @RestForm String egfrMeasuredOn) {
        PatientInput form = new PatientInput(mrn, givenName, familyName, birthDate, sex, weightKg, egfr, apoeE4Carrier,
                egfrMeasuredOn);
        Integer seen = parseVersion(version);
        try {
            Patient p = patients.edit(id, seen, form);
            return Flash.redirect("/patients/" + p.id, messages.saved(p.fullName()));
        } catch (InvalidInputException e) {
            return formError(400, form, e.errors(), id, seen);
        } catch (ConflictException e) {
            String field = e.getMessage().contains("MRN") ? "mrn" : null;
            return formError(409, form, List.of(new FieldError(field, e.getMessage())), id, seen);
        }
    }

    @POST
    @Path("{id}/{kind: conditions|medications|allergies}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response add(@PathParam("id") long id, @PathParam("kind") String kind, @RestForm String conditionName,
                        @RestForm String conditionCode, @RestForm String medicationName,
                        @RestForm String allergySubstance) {
        try {
            switch (kind) {
                case "conditions" -> patients.addCondition(id, conditionName, conditionCode);
                case "medications" -> patients.addMedication(id, medicationName);
                default -> patients.addAllergy(id, allergySubstance);
            }
            return Flash.redirect("/patients/" + id, messages.added());
        } catch (InvalidInputException e) {
            Map<String, String> names = FORM_FIELDS.get(kind);
            List<FieldError> errors = e.errors().stream()
                    .map(f -> new FieldError(names.getOrDefault(f.field(), f.field()), f.message())).toList();
            Map<String, String> entered = new java.util.HashMap<>();
            entered.put("conditionName", conditionName);
            entered.put("conditionCode", conditionCode);
            entered.put("medicationName", medicationName);
            entered.put("allergySubstance", allergySubstance);
            return Response.status(400).entity(viewPage(patients.get(id), new FormErrors(errors), entered)).build();
        }
    }

    @POST
    @Path("{id}/{kind: conditions|medications|allergies}/{itemId}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response remove(@PathParam("id") long id, @PathParam("kind") String kind, @PathParam("itemId") long itemId,
                           @RestForm String reason) {
        try {
            patients.remove(id, kind, itemId, reason);
            return Flash.redirect("/patients/" + id, messages.removed());
        } catch (InvalidInputException e) {
            List<FieldError> errors = List.of(new FieldError("reason-" + kind + "-" + itemId,
                    "A reason is required (at most 500 characters)"));
            return Response.status(400).entity(viewPage(patients.get(id), new FormErrors(errors), Map.of())).build();
        }
    }

    private TemplateInstance viewPage(Patient p, FormErrors errors, Map<String, String> entered) {
        List<TreatmentCourse> courses = TreatmentCourse.list("patient = ?1 order by startDate desc, id desc", p);
        return Templates.view(p, courses, LocalDate.now(clock), errors, entered, versions.of(p.id));
    }

    private Response formError(int status, PatientInput form, List<FieldError> errors, Long id, Integer version) {
        return Response.status(status).entity(Templates.form(form, new FormErrors(errors), id, version,
                List.of(Sex.values()))).build();
    }

    private static Integer parseVersion(String version) {
        try {
            return version == null ? null : Integer.valueOf(version.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
