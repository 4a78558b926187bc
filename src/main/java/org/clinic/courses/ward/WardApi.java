package org.clinic.courses.ward;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.clinic.courses.security.Role;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.time.Instant;
import java.util.List;

/** Wards (ADMIN adds them; every signed-in role reads them). A patient's bed is {@link BedApi}. */
@Path("/api/wards")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Wards and beds")
public class WardApi {
    public record WardRequest(String code, String name) {
    }

    public record WardResponse(String code, String name, boolean active) {
        static WardResponse of(Ward w) {
            return new WardResponse(w.code, w.name, w.active);
        }
    }

    public record BedRequest(String ward, String bed) {
    }

    public record BedResponse(String ward, String bed, Instant assignedAt, String assignedBy, Instant endedAt,
                              String endedBy) {
        static BedResponse of(BedAssignment a) {
            return new BedResponse(a.ward.code, a.bed, a.assignedAt, a.assignedBy, a.endedAt, a.endedBy);
        }
    }

    @Inject
    WardService wards;

    @GET
    @RolesAllowed({Role.NURSE_NAME, Role.PHYSICIAN_NAME, Role.ADMIN_NAME})
    public List<WardResponse> list() {
        return wards.all().stream().map(WardResponse::of).toList();
    }

    @POST
    @RolesAllowed(Role.ADMIN_NAME)
    public Response create(WardRequest request) {
        Ward w = wards.create(request == null ? null : request.code(), request == null ? null : request.name());
        return Response.created(URI.create("/api/wards")).entity(WardResponse.of(w)).build();
    }
}
