package org.clinic.courses.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.clinic.courses.web.InputCheck;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.time.Instant;

/** Checks the audit trail's hash chain (ADMIN): seals what has settled, then recomputes every seal. */
@Path("/api/audit/verify")
@RolesAllowed("ADMIN")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit")
public class AuditApi {
    @Inject
    AuditChain chain;
    @Inject
    Clock clock;

    /**
     * @param anchorId   with {@code anchorHash}: a head the log printed ("Audit chain sealed up to row
     *                   N: hash"); the chain must still pass through it, so a removal of the newest
     *                   rows together with a rewind of the head shows
     */
    @GET
    public AuditChain.Verification verify(@QueryParam("anchorId") String anchorId,
                                          @QueryParam("anchorHash") String anchorHash) {
        AuditChain.Anchor anchor = anchor(anchorId, anchorHash);
        chain.seal(Instant.now(clock).minus(AuditChain.SETTLE));
        return chain.verify(anchor);
    }

    private static AuditChain.Anchor anchor(String id, String hash) {
        if (id == null && hash == null) {
            return null;
        }
        InputCheck check = new InputCheck();
        Long row = check.id("anchorId", id, true);
        String text = check.text("anchorHash", hash, 64, true);
        if (text != null && !text.matches("[0-9a-fA-F]{64}")) {
            check.add("anchorHash", "A SHA-256 hash: 64 hexadecimal digits");
        }
        check.throwIfAny();
        return new AuditChain.Anchor(row, text);
    }
}
