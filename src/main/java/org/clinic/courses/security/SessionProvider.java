package org.clinic.courses.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Turns a valid session cookie back into an identity on every page request. The account is
 * looked up through a short cache, so a disabled account loses its session within seconds
 * without costing a query per request.
 */
@ApplicationScoped
public class SessionProvider implements IdentityProvider<TrustedAuthenticationRequest> {
    @Inject
    AccountIdentities identities;
    @Inject
    SessionRevocations revocations;
    @ConfigProperty(name = "quarkus.http.auth.form.cookie-name")
    String cookieName;

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    @Override
    public int priority() {
        return AccountIdentities.PROVIDER_PRIORITY;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request, AuthenticationRequestContext context) {
        RoutingContext http = HttpSecurityUtils.getRoutingContextAttribute(request);
        Cookie cookie = http == null ? null : http.request().getCookie(cookieName);
        if (cookie != null && revocations.revoked(request.getPrincipal(), cookie.getValue())) {
            return Uni.createFrom().failure(new AuthenticationFailedException("session ended by logout"));
        }
        SecurityIdentity cached = identities.cached(request.getPrincipal());
        if (cached != null) {
            return Uni.createFrom().item(cached);
        }
        return context.runBlocking(() -> {
            SecurityIdentity identity = identities.load(request.getPrincipal());
            if (identity == null) {
                throw new AuthenticationFailedException("account unknown or disabled");
            }
            return identity;
        });
    }
}
