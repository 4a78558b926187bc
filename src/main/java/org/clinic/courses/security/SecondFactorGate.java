package org.clinic.courses.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.clinic.courses.web.ErrorBody;
import org.clinic.courses.web.FieldError;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.net.URI;
import java.util.List;

/**
 * A session whose password was given but not its TOTP code may only give the code (or log out); an
 * account that must enrol a second factor (tracker.security.totp-required) may only enrol.
 */
public class SecondFactorGate {
    @Inject
    SecurityIdentity identity;

    @ServerRequestFilter
    public Response check(ContainerRequestContext request, RoutingContext rc) {
        if (identity.isAnonymous()) {
            return null;
        }
        String path = rc.normalizedPath();
        if (Boolean.TRUE.equals(identity.getAttribute(AccountIdentities.SECOND_FACTOR_PENDING))) {
            return path.equals(SecondStepResource.PATH) || path.equals("/logout") || path.equals("/login") ? null
                    : refuse(path, SecondStepResource.PATH, "Give the code of your authenticator app at " + SecondStepResource.PATH);
        }
        if (Boolean.TRUE.equals(identity.getAttribute(AccountIdentities.MUST_ENROL_TOTP))) {
            return path.startsWith(TotpResource.PATH) || path.equals("/logout") || path.equals("/login")
                    || path.equals("/account/password") ? null
                    : refuse(path, TotpResource.PATH, "This account must set up a second factor at " + TotpResource.PATH);
        }
        return null;
    }

    private static Response refuse(String path, String to, String message) {
        if (path.startsWith("/api/")) {
            return Response.status(403).type(MediaType.APPLICATION_JSON)
                    .entity(new ErrorBody(List.of(new FieldError(null, message)))).build();
        }
        return Response.seeOther(URI.create(to)).build();
    }
}
