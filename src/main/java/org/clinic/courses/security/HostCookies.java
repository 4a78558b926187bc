package org.clinic.courses.security;

import io.vertx.core.MultiMap;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.impl.ServerCookie;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Over TLS the session, ticket and pre-session (login CSRF) cookies carry the {@code __Host-} prefix:
 * the browser then keeps them only when Secure, for Path=/ and without a Domain, so a neighbouring
 * subdomain cannot plant one (cookie tossing). The code inside goes on using the plain names (the
 * form login's cookie name is one fixed setting): answers are renamed on the way out and requests
 * on the way in; over TLS a cookie without the prefix is dropped. Over plain HTTP nothing changes.
 */
@ApplicationScoped
public class HostCookies {
    static final String PREFIX = "__Host-";
    static final Set<String> NAMES = Set.of("tracker-session", SessionCookies.TICKET, SessionCookies.PRE_SESSION);

    @Inject
    SessionCookies cookies;

    void install(@Observes Router router) {
        // Before anything reads the cookies (authentication, CSRF, the ticket check).
        router.route().order(Integer.MIN_VALUE + 1).handler(this::rename);
    }

    void rename(RoutingContext rc) {
        if (!cookies.secure(rc)) {
            rc.next();
            return;
        }
        MultiMap headers = rc.request().headers();
        List<String> incoming = headers.getAll(HttpHeaders.COOKIE);
        if (!incoming.isEmpty()) {
            List<String> kept = new ArrayList<>();
            for (String header : incoming) {
                for (String pair : header.split(";")) {
                    String p = pair.strip();
                    String name = p.contains("=") ? p.substring(0, p.indexOf('=')) : p;
                    if (name.startsWith(PREFIX) && NAMES.contains(name.substring(PREFIX.length()))) {
                        kept.add(p.substring(PREFIX.length()));
                    } else if (!NAMES.contains(name) && !p.isEmpty()) {
                        kept.add(p);
                    }
                }
            }
            headers.remove(HttpHeaders.COOKIE);
            if (!kept.isEmpty()) {
                headers.set(HttpHeaders.COOKIE, String.join("; ", kept));
            }
        }
        // Vert.x writes the cookie jar after the headers-end handlers: take ours out of it and write them renamed.
        rc.addHeadersEndHandler(v -> {
            for (String name : NAMES) {
                Cookie c = rc.response().removeCookie(name, false);
                if (c instanceof ServerCookie sc && sc.isChanged()) {
                    rc.response().headers().add(HttpHeaders.SET_COOKIE, PREFIX + c.encode());
                }
            }
        });
        rc.next();
    }
}
