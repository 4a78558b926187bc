package org.clinic.courses.dose;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.clinic.courses.security.Role;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;

/**
 * Administrations over the JSON API. A first submission answers 201; a repeat with the same
 * Idempotency-Key answers 200 with the first record (and {@code Idempotent-Replayed: true}).
 */
@Path("/api")
@RolesAllowed({Role.NURSE_NAME, Role.PHYSICIAN_NAME})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Administrations")
public class DoseApi {
    public record VoidRequest(String reason) {
    }

    @Inject
    DoseService doses;
    @Inject
    DoseCorrection corrections;

    @POST
    @Path("courses/{id}/administrations")
    public Response record(@PathParam("id") long courseId, @HeaderParam(Idempotency.HEADER) String key,
                           AdministrationRequest request) {
        return created(doses.record(courseId, request, key));
    }

    @GET
    @Path("administrations/{id}")
    public AdministrationResponse get(@PathParam("id") long id) {
        return doses.find(id);
    }

    @POST
    @Path("administrations/{id}/void")
    public AdministrationResponse voidRecord(@PathParam("id") long id, VoidRequest request) {
        return doses.voidRecord(id, request == null ? null : request.reason()).administration();
    }

    /**
     * Voids the administration and stores the corrected copy ({@code replacesId}) in one transaction; 201 with
     * the copy, 200 with it again for a repeated Idempotency-Key.
     */
    @POST
    @Path("administrations/{id}/correction")
    public Response correct(@PathParam("id") long id, @HeaderParam(Idempotency.HEADER) String key,
                            CorrectionRequest request) {
        return created(corrections.correct(id, request == null ? null : request.administration(),
                request == null ? null : request.reason(), key, request));
    }

    static Response created(DoseService.Result result) {
        URI location = URI.create("/api/administrations/" + result.administration().id());
        if (result.replayed()) {
            return Response.ok(result.administration()).location(location).header("Idempotent-Replayed", "true").build();
        }
        return Response.created(location).entity(result.administration()).build();
    }
}
