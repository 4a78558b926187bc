package org.clinic.courses.security;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Around the form login's own handler of {@code /j_security_check}: refuses a post the browser
 * marks as cross-site (login CSRF), and hands a successful login its new session ticket cookie
 * (a new session id, so the CSRF token rotates) in place of the pre-session one.
 */
@ApplicationScoped
public class LoginRoutes {
    @Inject
    RequestOrigin origin;
    @Inject
    SessionCookies cookies;

    void install(@Observes Router router) {
        // After the security headers (MIN + 2), ahead of authentication.
        router.post("/j_security_check").order(Integer.MIN_VALUE + 3).handler(this::login);
    }

    void login(RoutingContext rc) {
        if (origin.crossSite(rc)) {
            rc.response().setStatusCode(403).putHeader("Content-Type", "text/plain; charset=UTF-8")
                    .end("A login form from another site is refused.");
            return;
        }
        rc.addHeadersEndHandler(v -> {
            SessionTicket ticket = rc.get(SessionCookies.NEW_TICKET);
            if (ticket != null && rc.response().getStatusCode() < 400) {
                cookies.endPreSession(rc);
                cookies.write(rc, ticket);
            }
        });
        rc.next();
    }
}
