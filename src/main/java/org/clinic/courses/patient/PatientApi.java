package org.clinic.courses.patient;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.clinic.courses.security.Role;
import org.clinic.courses.web.InputCheck;
import org.clinic.courses.web.InvalidInputException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;

/** Patients over the JSON API (NURSE, PHYSICIAN). */
@Path("/api/patients")
@RolesAllowed({Role.NURSE_NAME, Role.PHYSICIAN_NAME})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Patients")
public class PatientApi {
    public record ConditionRequest(String name, String code) {
    }

    public record MedicationRequest(String name) {
    }

    public record AllergyRequest(String substance) {
    }

    public record ReasonRequest(String reason) {
    }

    /**
     * Dates as YYYY-MM-DD; sex FEMALE|MALE|OTHER|UNKNOWN; everything after sex optional.
     * {@code egfrMeasuredOn}: the day the eGFR was measured.
     */
    public record PatientRequest(String mrn, String givenName, String familyName, String birthDate, String sex,
                                 BigDecimal weightKg, List<ConditionRequest> conditions,
                                 List<MedicationRequest> medications, List<AllergyRequest> allergies,
                                 BigDecimal egfr, Boolean apoeE4Carrier, Integer version, String egfrMeasuredOn) {
        PatientInput input() {
            return new PatientInput(mrn, givenName, familyName, birthDate, sex, InputCheck.str(weightKg),
                    InputCheck.str(egfr), InputCheck.str(apoeE4Carrier), egfrMeasuredOn);
        }
    }

    @Inject
    PatientService patients;
    @Inject
    PatientSearch search;
    @Inject
    PatientVersions versions;

    @POST
    @Operation(summary = "Register a patient with conditions, medications and allergies (409 on a duplicate MRN)")
    public Response create(PatientRequest request) {
        PatientRequest r = require(request);
        Patient p = patients.register(r.input(),
                r.conditions() == null ? List.of() : r.conditions().stream()
                        .map(c -> c == null ? new PatientService.ConditionInput(null, null)
                                : new PatientService.ConditionInput(c.name(), c.code())).toList(),
                r.medications() == null ? List.of() : r.medications().stream().map(m -> m == null ? null : m.name()).toList(),
                r.allergies() == null ? List.of() : r.allergies().stream().map(a -> a == null ? null : a.substance()).toList());
        return Response.created(URI.create("/api/patients/" + p.id)).entity(PatientView.of(p)).build();
    }

    @GET
    @Operation(summary = "Search by name or MRN (20 per page, page from 0)")
    public List<PatientView> search(@QueryParam("q") String q, @QueryParam("page") @DefaultValue("0") int page) {
        return search.search(q, page).patients().stream().map(PatientView::of).toList();
    }

    @GET
    @Path("{id}")
    public PatientView get(@PathParam("id") long id) {
        return PatientView.of(patients.get(id));
    }

    @GET
    @Path("{id}/versions")
    @Operation(summary = "Earlier demographics: each edit (newest first) with when, who and the fields it changed, "
            + "old and new value")
    public List<PatientVersions.Edit> versions(@PathParam("id") long id) {
        patients.get(id);
        return versions.of(id);
    }

    @Transactional
    @PUT
    @Path("{id}")
    @Operation(summary = "Edit demographics; send the version you read (409 if it changed meanwhile). "
            + "The patient's open courses are screened again at once (eGFR, birth date)")
    public PatientView edit(@PathParam("id") long id, PatientRequest request) {
        PatientRequest r = require(request);
        return PatientView.of(patients.edit(id, r.version(), r.input()));
    }

    @Transactional
    @POST
    @Path("{id}/conditions")
    @Operation(summary = "Add one condition; the patient's open courses are screened at once")
    public Response addCondition(@PathParam("id") long id, ConditionRequest request) {
        ConditionRequest r = request == null ? new ConditionRequest(null, null) : request;
        Condition c = patients.addCondition(id, r.name(), r.code());
        return Response.created(URI.create("/api/patients/" + id)).entity(PatientView.ConditionView.of(c)).build();
    }

    @Transactional
    @POST
    @Path("{id}/medications")
    @Operation(summary = "Add one medication; the patient's open courses are screened at once")
    public Response addMedication(@PathParam("id") long id, MedicationRequest request) {
        Medication m = patients.addMedication(id, request == null ? null : request.name());
        return Response.created(URI.create("/api/patients/" + id)).entity(PatientView.MedicationView.of(m)).build();
    }

    @Transactional
    @POST
    @Path("{id}/allergies")
    @Operation(summary = "Add one allergy; the patient's open courses are screened at once")
    public Response addAllergy(@PathParam("id") long id, AllergyRequest request) {
        Allergy a = patients.addAllergy(id, request == null ? null : request.substance());
        return Response.created(URI.create("/api/patients/" + id)).entity(PatientView.AllergyView.of(a)).build();
    }

    @Transactional
    @POST
    @Path("{id}/{kind: conditions|medications|allergies}/{itemId}/remove")
    @Operation(summary = "Mark a condition, medication or allergy removed, with a reason (it stays on record); "
            + "flags it caused are resolved at once")
    public PatientView remove(@PathParam("id") long id, @PathParam("kind") String kind,
                              @PathParam("itemId") long itemId, ReasonRequest request) {
        patients.remove(id, kind, itemId, request == null ? null : request.reason());
        return PatientView.of(patients.get(id));
    }

    private static PatientRequest require(PatientRequest request) {
        if (request == null) {
            throw new InvalidInputException("body", "A JSON object with mrn, givenName, familyName, birthDate and sex");
        }
        return request;
    }
}
