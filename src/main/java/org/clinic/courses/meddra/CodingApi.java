package org.clinic.courses.meddra;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.clinic.courses.adverse.AdverseEvent;
import org.clinic.courses.audit.AuditLog;
import org.clinic.courses.security.Role;
import org.clinic.courses.web.ConflictException;
import org.clinic.courses.web.InvalidInputException;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/**
 * MedDRA coding of an adverse event (PHYSICIAN): {@code GET …/suggestions} proposes current
 * lowest-level terms for the verbatim term (or {@code term}); {@code POST …/coding} records one.
 */
@Path("/api/meddra/adverse-events/{id}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.PHYSICIAN_NAME)
@Tag(name = "MedDRA")
public class CodingApi {
    static final int SUGGESTIONS = 10;

    @Inject
    EventCoding coding;
    @Inject
    MeddraDictionary dictionary;
    @Inject
    AuditLog audit;

    public record Suggestion(String lltCode, String lltName, String ptCode, String ptName, TermMatch.Kind match) {
    }

    public record Suggestions(String verbatim, String meddraVersion, List<Suggestion> suggestions) {
    }

    public record CodingRequest(String lltCode, String reason) {
    }

    @GET
    @Path("suggestions")
    public Suggestions suggest(@PathParam("id") long id, @QueryParam("term") String term) {
        AdverseEvent event = AdverseEvent.findById(id);
        if (event == null) throw new NotFoundException();
        if (term != null && term.length() > 200) throw new InvalidInputException("term", "at most 200 characters");
        var release = dictionary.current().orElseThrow(() -> new ConflictException("No MedDRA release is imported yet"));
        String wanted = term == null || term.isBlank() ? event.term : term;
        return new Suggestions(event.term, release.version(), dictionary.suggest(release, wanted, SUGGESTIONS).stream()
                .map(r -> new Suggestion(r.term().code(), r.term().name(), r.term().ptCode(), r.term().ptName(), r.kind()))
                .toList());
    }

    @POST
    @Path("coding")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response code(@PathParam("id") long id, CodingRequest body) {
        if (body == null) throw new InvalidInputException("lltCode", "a JSON object with lltCode (and reason when recoding)");
        return Response.status(201).entity(coding.code(id, body.lltCode(), body.reason(), audit.currentUser())).build();
    }
}
