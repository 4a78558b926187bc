package org.clinic.courses.ward;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.MediaType;
import org.clinic.courses.security.Role;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** A patient's bed with its history (NURSE, PHYSICIAN); its own root, see {@link BedResource}. */
@Path("/api/beds")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Wards and beds")
public class BedApi {
    @Inject
    WardService wards;

    /** Admission or transfer: the patient's current bed ends and this one starts. */
    @POST
    @Path("{id}")
    @RolesAllowed({Role.NURSE_NAME, Role.PHYSICIAN_NAME})
    public WardApi.BedResponse assign(@PathParam("id") long patientId, WardApi.BedRequest request) {
        BedAssignment a = wards.assign(patientId, request == null ? null : request.ward(),
                request == null ? null : request.bed());
        return WardApi.BedResponse.of(a);
    }

    /** Newest first; the first without {@code endedAt} is the current bed. */
    @GET
    @Path("{id}")
    @RolesAllowed({Role.NURSE_NAME, Role.PHYSICIAN_NAME})
    public List<WardApi.BedResponse> history(@PathParam("id") long patientId) {
        if (org.clinic.courses.patient.Patient.findById(patientId) == null) {
            throw new NotFoundException("Unknown patient " + patientId);
        }
        return wards.history(patientId).stream().map(WardApi.BedResponse::of).toList();
    }
}
