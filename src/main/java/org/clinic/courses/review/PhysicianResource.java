package org.clinic.courses.review;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.clinic.courses.security.Role;
import org.clinic.courses.web.CurrentUser;

import java.time.Clock;
import java.time.LocalDate;

/** The physician's landing page: their running courses with open flag counts, and ended courses to sign off. */
@Path("/physician")
@RolesAllowed(Role.PHYSICIAN_NAME)
@Produces(MediaType.TEXT_HTML)
public class PhysicianResource {
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(PhysicianHome.Home home, LocalDate today);
    }

    @Inject
    PhysicianHome home;
    @Inject
    CurrentUser currentUser;
    @Inject
    Clock clock;

    @GET
    public TemplateInstance home() {
        LocalDate today = LocalDate.now(clock);
        return Templates.home(home.load(currentUser.name(), today), today);
    }
}
