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

    @POST
    @Path("courses/{id}/adverse-events")
    public Response record(@PathParam("id") long courseId, @HeaderParam(Idempotency.HEADER) String key,
                           AdverseEventRequest request) {
        AdverseEventService.Result result = events.record(courseId, request, key);
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
}
