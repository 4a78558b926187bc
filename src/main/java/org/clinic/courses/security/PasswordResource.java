package org.clinic.courses.security;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.clinic.courses.web.Flash;
import org.clinic.courses.web.FormErrors;
import org.clinic.courses.web.InvalidInputException;
import org.jboss.resteasy.reactive.RestForm;

/** Every account changes its own password here; an account reset by an administrator must, first. */
@Path("/account/password")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class PasswordResource {
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(boolean required, FormErrors errors);
    }

    @Inject
    SecurityIdentity identity;
    @Inject
    Accounts accounts;
    @Inject
    SessionCookies cookies;
    @Inject
    UserMessages messages;

    @GET
    public TemplateInstance form() {
        return Templates.form(required(), FormErrors.NONE);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response change(@RestForm String current, @RestForm String password, @RestForm String repeat,
                           RoutingContext rc) {
        String username = identity.getPrincipal().getName();
        try {
            int epoch = accounts.changeOwnPassword(username, current, password, repeat);
            // Other sessions end with the new epoch; this one goes on with a ticket of it.
            cookies.write(rc, cookies.newTicket(username, epoch));
            return Flash.redirect("/", messages.passwordChanged());
        } catch (InvalidInputException e) {
            return Response.status(400).entity(Templates.form(required(), new FormErrors(e.errors()))).build();
        }
    }

    private boolean required() {
        return Boolean.TRUE.equals(identity.getAttribute(AccountIdentities.MUST_CHANGE_PASSWORD));
    }
}
