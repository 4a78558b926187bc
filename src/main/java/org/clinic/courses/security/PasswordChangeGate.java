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

/** An account whose password an administrator reset may do nothing but choose its own (or log out). */
public class PasswordChangeGate {
    @Inject
    SecurityIdentity identity;

    @ServerRequestFilter
    public Response check(ContainerRequestContext request, RoutingContext rc) {
        if (identity.isAnonymous() || !Boolean.TRUE.equals(identity.getAttribute(AccountIdentities.MUST_CHANGE_PASSWORD))) {
            return null;
        }
        String path = rc.normalizedPath();
        // The login's code step comes first (SecondFactorGate holds everything else until then).
        if (path.equals("/account/password") || path.equals("/logout") || path.equals("/login")
                || path.equals(SecondStepResource.PATH)) {
            return null;
        }
        if (path.startsWith("/api/")) {
            return Response.status(403).type(MediaType.APPLICATION_JSON).entity(new ErrorBody(List.of(new FieldError(null,
                    "This account must choose a new password at /account/password first")))).build();
        }
        return Response.seeOther(URI.create("/account/password")).build();
    }
}
