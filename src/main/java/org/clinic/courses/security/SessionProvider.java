package org.clinic.courses.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Turns a session cookie back into an identity on every page request. The form login's cookie
 * names the account; the session ticket beside it must name the same account, be within the
 * absolute lifetime, and carry the account's current session epoch (read through a cache of a
 * few seconds), so a logout or disable anywhere ends the session everywhere.
 */
@ApplicationScoped
public class SessionProvider implements IdentityProvider<TrustedAuthenticationRequest> {
    @Inject
    AccountIdentities identities;
    @Inject
    SessionCookies cookies;

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
        String username = request.getPrincipal();
        SessionTicket ticket = http == null ? null : cookies.ticket(http).orElse(null);
        if (ticket == null || !ticket.username().equals(username) || !cookies.withinLifetime(ticket)) {
            return Uni.createFrom().failure(new AuthenticationFailedException("no valid session ticket"));
        }
        AccountIdentities.Account recent = identities.recent(username);
        if (recent != null) {
            return Uni.createFrom().item(() -> accept(recent, ticket));
        }
        return context.runBlocking(() -> accept(identities.load(username), ticket));
    }

    private static SecurityIdentity accept(AccountIdentities.Account account, SessionTicket ticket) {
        if (account == null || !account.enabled() || account.epoch() != ticket.epoch()) {
            throw new AuthenticationFailedException("session ended (logout, disabled account or new password)");
        }
        return ticket.secondFactorPending() ? AccountIdentities.pending(account.identity()) : account.identity();
    }
}
