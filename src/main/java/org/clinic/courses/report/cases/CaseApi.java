package org.clinic.courses.report.cases;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.clinic.courses.audit.AuditLog;
import org.clinic.courses.security.Role;
import org.clinic.courses.web.InvalidInputException;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code POST /api/cases/{caseId}/nullification} {@code {"reason":"..."}} (PHYSICIAN). */
@Path("/api/cases/{caseId}/nullification")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.PHYSICIAN_NAME)
@Tag(name = "Reports")
public class CaseApi {
    @Inject
    CaseNullification nullification;
    @Inject
    AuditLog audit;

    public record NullifyRequest(String reason) {
    }

    @POST
    public Response nullify(@PathParam("caseId") String caseId, NullifyRequest body) {
        if (body == null) throw new InvalidInputException("reason", "a JSON object with reason");
        return Response.status(201).entity(nullification.nullify(caseId, body.reason(), audit.currentUser())).build();
    }
}
