package org.clinic.courses.security;

import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Optional;

/**
 * CSRF tokens bound to the session: a signature of the session id (after login) or of the
 * visitor's pre-session id (the login form). A new session id at login rotates the token, and a
 * token copied from another session or forged without the key never matches.
 */
@ApplicationScoped
public class CsrfTokens {
    public static final String FIELD = "csrf-token";
    public static final String HEADER = "X-CSRF-TOKEN";
    private static final String SESSION_PURPOSE = "csrf";
    private static final String LOGIN_PURPOSE = "login-csrf";

    @Inject
    SessionKeys keys;
    @Inject
    SessionCookies cookies;

    /** The token forms of this request carry; starts a pre-session for an anonymous visitor. */
    public String tokenFor(RoutingContext rc, boolean signedIn) {
        if (signedIn) {
            return cookies.ticket(rc).map(t -> keys.sign(SESSION_PURPOSE, t.sessionId())).orElse("");
        }
        String preSession = cookies.preSession(rc).orElseGet(() -> cookies.startPreSession(rc));
        return keys.sign(LOGIN_PURPOSE, preSession);
    }

    public boolean validSessionToken(RoutingContext rc, String presented) {
        Optional<SessionTicket> ticket = cookies.ticket(rc);
        return ticket.isPresent() && keys.verify(SESSION_PURPOSE, ticket.get().sessionId(), presented);
    }

    /** For a {@link TokenCheckedByMethod} method: refuses (400, nothing changed) unless the session's token came with the form. */
    public void requireSessionToken(RoutingContext rc, String presented) {
        if (presented == null || presented.length() > 200 || !validSessionToken(rc, presented)) {
            throw new org.clinic.courses.web.CsrfRefusedException("wrong or missing token in form");
        }
    }

    public boolean validLoginToken(RoutingContext rc, String presented) {
        Optional<String> preSession = cookies.preSession(rc);
        return preSession.isPresent() && keys.verify(LOGIN_PURPOSE, preSession.get(), presented);
    }
}
