package org.clinic.courses.adverse;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.clinic.courses.dose.Idempotency;
import org.clinic.courses.security.Role;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;

/**
 * Adverse events over the JSON API. A first submission answers 201; a repeat with the same
 * Idempotency-Key answers 200 with the first record (and {@code Idempotent-Replayed: true}).
 */
@Path("/api")
@RolesAllowed({Role.NURSE_NAME, Role.PHYSICIAN_NAME})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Adverse events")
public class AdverseEventApi {
    public record VoidRequest(String reason) {
    }

    @Inject
    AdverseEventService events;
    @Inject
    AdverseEventCorrection corrections;

    @POST
    @Path("courses/{id}/adverse-events")
    public Response record(@PathParam("id") long courseId, @HeaderParam(Idempotency.HEADER) String key,
                           AdverseEventRequest request) {
        return created(events.record(courseId, request, key));
    }

    static Response created(AdverseEventService.Result result) {
        URI location = URI.create("/api/adverse-events/" + result.event().id());
        if (result.replayed()) {
            return Response.ok(result.event()).location(location).header("Idempotent-Replayed", "true").build();
        }
        return Response.created(location).entity(result.event()).build();
    }

    @GET
    @Path("adverse-events/{id}")
    public AdverseEventResponse get(@PathParam("id") long id) {
        return events.find(id);
    }

    @POST
    @Path("adverse-events/{id}/void")
    public AdverseEventResponse voidRecord(@PathParam("id") long id, VoidRequest request) {
        return events.voidRecord(id, request == null ? null : request.reason()).event();
    }

    /**
     * Voids the side effect and stores the corrected copy ({@code replacesId}) in one transaction; 201 with
     * the copy, 200 with it again for a repeated Idempotency-Key.
     */
    @POST
    @Path("adverse-events/{id}/correction")
    public Response correct(@PathParam("id") long id, @HeaderParam(Idempotency.HEADER) String key,
                            AdverseEventCorrectionRequest request) {
        return created(corrections.correct(id, request == null ? null : request.event(),
                request == null ? null : request.reason(), key, List.of(), request));
    }
}
