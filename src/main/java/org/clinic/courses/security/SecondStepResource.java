package org.clinic.courses.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.clinic.courses.audit.AuditLog;
import org.clinic.courses.web.FieldError;
import org.clinic.courses.web.Flash;
import org.clinic.courses.web.FormErrors;
import org.jboss.resteasy.reactive.RestForm;

import java.util.List;

/**
 * The login's second step: after the password, an account with a second factor gives a TOTP (or
 * recovery) code here. Throttled like the password (per account and client), CSRF-checked like every
 * form; success gives the session a complete ticket with a new session id.
 */
@Path(SecondStepResource.PATH)
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class SecondStepResource {
    public static final String PATH = "/login/totp";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance step(FormErrors errors);
    }

    @Inject
    SecurityIdentity identity;
    @Inject
    SessionCookies cookies;
    @Inject
    SecondFactor secondFactor;
    @Inject
    LoginThrottle throttle;
    @Inject
    AuditLog audit;

    @GET
    public Response form() {
        if (!pending()) {
            return Flash.redirect("/");
        }
        return Response.ok(Templates.step(FormErrors.NONE)).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submit(@RestForm String code, RoutingContext rc) {
        SessionTicket ticket = cookies.ticket(rc).orElse(null);
        if (!pending() || ticket == null) {
            return Flash.redirect("/");
        }
        String username = identity.getPrincipal().getName();
        String client = AuditLog.clientAddress(rc);
        User user = QuarkusTransaction.requiringNew().call(() -> User.findByUsername(username).orElseThrow());
        boolean allowed = QuarkusTransaction.requiringNew().call(() -> throttle.allowed(user.id, username, client));
        if (!allowed || !secondFactor.accept(user.id, code)) {
            QuarkusTransaction.requiringNew().run(() -> {
                if (throttle.recordFailure(user.id, username, client)) {
                    audit.write(username, "LOGIN_FAILURE", "User", user.id, "wrong or reused second-factor code;"
                            + " further failures in this window are counted, not repeated here", client);
                }
            });
            String message = allowed ? "This code does not match or was used already"
                    : "Too many wrong codes; wait a few minutes and try again";
            return Response.status(400).entity(Templates.step(new FormErrors(List.of(new FieldError("code", message)))))
                    .build();
        }
        QuarkusTransaction.requiringNew().run(() -> {
            throttle.reset(user.id, client);
            audit.write(username, "LOGIN_SECOND_FACTOR", "User", user.id, "second factor given", client);
        });
        cookies.write(rc, cookies.completed(ticket));
        return Flash.redirect("/");
    }

    private boolean pending() {
        return Boolean.TRUE.equals(identity.getAttribute(AccountIdentities.SECOND_FACTOR_PENDING));
    }
}
