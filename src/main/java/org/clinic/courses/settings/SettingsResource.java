package org.clinic.courses.settings;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.clinic.courses.security.Role;
import org.clinic.courses.web.Flash;
import org.clinic.courses.web.FormErrors;
import org.clinic.courses.web.InvalidInputException;
import org.jboss.resteasy.reactive.RestForm;

/** The clinic settings page (ADMIN). */
@Path("/admin/settings")
@RolesAllowed(Role.ADMIN_NAME)
@Produces(MediaType.TEXT_HTML)
public class SettingsResource {
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance edit(Settings form, FormErrors errors);
    }

    @Inject
    SettingsService settings;
    @Inject
    SettingsMessages messages;

    @GET
    public TemplateInstance edit() {
        return Templates.edit(settings.current(), FormErrors.NONE);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@RestForm String organisationName, @RestForm String address, @RestForm String country,
                         @RestForm String senderId, @RestForm String defaultReceiver) {
        Settings form = new Settings(organisationName, address, country, senderId, defaultReceiver);
        try {
            settings.save(form);
            return Flash.redirect("/admin/settings", messages.saved());
        } catch (InvalidInputException e) {
            return Response.status(400).entity(Templates.edit(form, new FormErrors(e.errors()))).build();
        }
    }
}
