package org.clinic.courses.safety;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.MediaType;
import org.clinic.courses.security.Role;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

import java.util.List;

/** Flags over the JSON API: list with filters (clinicians), acknowledge (clinicians), override and resolve (physicians). */
@Path("/api/flags")
@RolesAllowed({Role.NURSE_NAME, Role.PHYSICIAN_NAME})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Flags")
public class FlagApi {
    public record NoteRequest(String note) {
    }

    public record ReasonRequest(String reason) {
    }

    /** An override is an electronic signature: the physician's password again (21 CFR 11.200). */
    public record OverrideRequest(String reason, String password) {
    }

    @Inject
    FlagSearch search;
    @Inject
    FlagLifecycle lifecycle;

    /** Newest first. {@code status} may repeat or list values with commas; none means every status. */
    @GET
    @Transactional
    public List<FlagView> list(@RestQuery List<String> status, @RestQuery String severity, @RestQuery String code,
                               @RestQuery String courseId, @RestQuery String from, @RestQuery String to,
                               @RestQuery String limit, @RestQuery String offset) {
        FlagFilter filter = FlagFilter.parse(status, severity, code, courseId, from, to, limit, offset, 100);
        return search.find(filter).stream().map(FlagView::of).toList();
    }

    @POST
    @Path("{id}/acknowledge")
    public FlagView acknowledge(@PathParam("id") long id, NoteRequest body) {
        return FlagView.of(lifecycle.acknowledge(id, body == null ? null : body.note()));
    }

    @POST
    @Path("{id}/override")
    @RolesAllowed(Role.PHYSICIAN_NAME)
    public FlagView override(@PathParam("id") long id, OverrideRequest body) {
        return FlagView.of(lifecycle.override(id, body == null ? null : body.reason(), body == null ? null : body.password()));
    }

    @POST
    @Path("{id}/resolve")
    @RolesAllowed(Role.PHYSICIAN_NAME)
    public FlagView resolve(@PathParam("id") long id, ReasonRequest body) {
        return FlagView.of(lifecycle.resolve(id, body == null ? null : body.reason()));
    }
}
