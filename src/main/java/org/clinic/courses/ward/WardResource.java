package org.clinic.courses.ward;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.clinic.courses.security.Role;
import org.clinic.courses.web.*;
import org.jboss.resteasy.reactive.RestForm;

import java.util.List;

/** Page: the clinic's wards (admin). Beds are {@link BedResource}. */
@Path("/admin/wards")
@Produces(MediaType.TEXT_HTML)
public class WardResource {
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<Ward> wards, String code, String name, FormErrors errors);
    }

    @Inject
    WardService wards;

    @GET
    @RolesAllowed(Role.ADMIN_NAME)
    public TemplateInstance list() {
        return Templates.list(wards.all(), "", "", FormErrors.NONE);
    }

    @POST
    @RolesAllowed(Role.ADMIN_NAME)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@RestForm String code, @RestForm String name) {
        try {
            Ward w = wards.create(code, name);
            return Flash.redirect("/admin/wards", MessageBundles.get(WardMessages.class).added(w.code));
        } catch (InvalidInputException e) {
            return Response.status(400).entity(Templates.list(wards.all(), code, name, new FormErrors(e.errors()))).build();
        } catch (ConflictException e) {
            return Response.status(409).entity(Templates.list(wards.all(), code, name,
                    new FormErrors(List.of(new FieldError("code", e.getMessage()))))).build();
        }
    }
}
