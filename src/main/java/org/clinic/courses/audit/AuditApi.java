package org.clinic.courses.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
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

    @GET
    public AuditChain.Verification verify() {
        chain.seal(Instant.now(clock).minus(AuditChain.SETTLE));
        return chain.verify();
    }
}
