package org.clinic.courses.settings;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.MediaType;
import org.clinic.courses.security.Role;
import org.clinic.courses.web.InvalidInputException;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET/PUT /api/settings}: the clinic's identity on its reports (ADMIN). */
@Path("/api/settings")
@RolesAllowed(Role.ADMIN_NAME)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Settings")
public class SettingsApi {
    @Inject
    SettingsService settings;

    @GET
    public Settings get() {
        return settings.current();
    }

    @PUT
    public Settings put(Settings body) {
        if (body == null) {
            throw new InvalidInputException("body", "A JSON object with organisationName, address, country, senderId, defaultReceiver");
        }
        return settings.save(body);
    }
}
