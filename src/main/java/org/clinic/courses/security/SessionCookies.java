package org.clinic.courses.security;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The two cookies this app adds to the form login's own: the session ticket (after login) and
 * the pre-session id an anonymous visitor's login form token is bound to.
 */
@ApplicationScoped
public class SessionCookies {
    public static final String TICKET = "tracker-session-id";
    public static final String PRE_SESSION = "tracker-presession";
    static final String PRE_SESSION_PURPOSE = "pre-session";
    /** Where a login that just succeeded leaves its new ticket for the response. */
    static final String NEW_TICKET = "tracker.new-ticket";

    @Inject
    SessionKeys keys;
    @Inject
    Clock clock;
    @ConfigProperty(name = "tracker.session.absolute-timeout", defaultValue = "PT12H")
    Duration absoluteTimeout;
    @ConfigProperty(name = "tracker.public-url")
    Optional<String> publicUrl;

    public SessionTicket newTicket(String username, int epoch) {
        return new SessionTicket(SessionKeys.randomId(), username, Instant.now(clock), epoch, false);
    }

    /** A ticket after the password of an account with a second factor: good for the code step only. */
    public SessionTicket pendingTicket(String username, int epoch) {
        return new SessionTicket(SessionKeys.randomId(), username, Instant.now(clock), epoch, true);
    }

    /** The ticket once the code is given: a new session id (the CSRF token rotates), the same start. */
    public SessionTicket completed(SessionTicket pending) {
        return new SessionTicket(SessionKeys.randomId(), pending.username(), pending.issuedAt(), pending.epoch(), false);
    }

    /** The signed ticket in the request, whoever it names. */
    public Optional<SessionTicket> ticket(RoutingContext rc) {
        SessionTicket fresh = rc.get(NEW_TICKET);
        if (fresh != null) {
            return Optional.of(fresh);
        }
        Cookie cookie = rc.request().getCookie(TICKET);
        return cookie == null ? Optional.empty() : SessionTicket.decode(cookie.getValue(), keys);
    }

    /** True while the ticket is within the absolute session lifetime. */
    public boolean withinLifetime(SessionTicket ticket) {
        return ticket.issuedAt().plus(absoluteTimeout).isAfter(Instant.now(clock));
    }

    public void write(RoutingContext rc, SessionTicket ticket) {
        rc.response().addCookie(cookie(rc, TICKET, ticket.encode(keys)));
    }

    /** The signed pre-session id of an anonymous visitor, if any. */
    public Optional<String> preSession(RoutingContext rc) {
        String fresh = rc.get(PRE_SESSION);
        if (fresh != null) {
            return Optional.of(fresh);
        }
        Cookie cookie = rc.request().getCookie(PRE_SESSION);
        if (cookie == null) {
            return Optional.empty();
        }
        String value = cookie.getValue();
        int dot = value.lastIndexOf('.');
        if (dot <= 0 || !keys.verify(PRE_SESSION_PURPOSE, value.substring(0, dot), value.substring(dot + 1))) {
            return Optional.empty();
        }
        return Optional.of(value.substring(0, dot));
    }

    /** Gives an anonymous visitor a pre-session id (once per request). */
    public String startPreSession(RoutingContext rc) {
        String id = SessionKeys.randomId();
        rc.put(PRE_SESSION, id);
        rc.response().addCookie(cookie(rc, PRE_SESSION, id + "." + keys.sign(PRE_SESSION_PURPOSE, id)));
        return id;
    }

    public void endPreSession(RoutingContext rc) {
        rc.response().addCookie(cookie(rc, PRE_SESSION, "").setMaxAge(0));
    }

    public void clear(RoutingContext rc) {
        rc.response().addCookie(cookie(rc, TICKET, "").setMaxAge(0));
        rc.response().addCookie(cookie(rc, PRE_SESSION, "").setMaxAge(0));
    }

    private Cookie cookie(RoutingContext rc, String name, String value) {
        return Cookie.cookie(name, value).setPath("/").setHttpOnly(true).setSameSite(CookieSameSite.STRICT)
                .setSecure(secure(rc));
    }

    /** Served over TLS (directly, through a trusted proxy, or by the configured public URL). */
    public boolean secure(RoutingContext rc) {
        return rc.request().isSSL() || publicUrl.map(u -> u.startsWith("https://")).orElse(false);
    }
}
