package org.clinic.courses.web;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/** Headers on every response, static files and error pages included. */
@ApplicationScoped
public class SecurityHeaders {
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    static final String HSTS = "max-age=31536000; includeSubDomains";

    @ConfigProperty(name = "tracker.public-url")
    Optional<String> publicUrl;

    void install(@Observes Router router) {
        // Ahead of authentication, so redirects, 401s and 403s carry the headers too.
        router.route().order(Integer.MIN_VALUE + 2).handler(this::addHeaders);
    }

    void addHeaders(RoutingContext rc) {
        rc.addHeadersEndHandler(v -> {
            MultiMap headers = rc.response().headers();
            headers.set("Content-Security-Policy", CSP);
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("X-Frame-Options", "DENY");
            headers.set("Referrer-Policy", "no-referrer");
            headers.set("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
            headers.set("Cross-Origin-Opener-Policy", "same-origin");
            if (rc.request().isSSL() || publicUrl.filter(u -> u.startsWith("https://")).isPresent()) {
                headers.set("Strict-Transport-Security", HSTS);
            }
            String location = headers.get("Location");
            if (location != null) {
                headers.set("Location", PublicLocation.of(location, publicUrl.orElse("")));
            }
            if (rc.response().getStatusCode() == 401 && rc.normalizedPath().startsWith("/api/")
                    && !headers.contains("WWW-Authenticate")) {
                // The API speaks HTTP Basic: tell clients so, whichever mechanism answered the challenge.
                headers.set("WWW-Authenticate", "Basic realm=\"Course Tracker\", charset=\"UTF-8\"");
            }
            if (!isStaticAsset(rc.normalizedPath())) {
                // Pages and API answers may carry patient data: never keep them in a cache.
                headers.set("Cache-Control", "no-store");
                headers.set("Pragma", "no-cache");
            }
        });
        rc.next();
    }

    static boolean isStaticAsset(String path) {
        return path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/img/")
                || path.startsWith("/webjars/") || path.equals("/favicon.ico");
    }
}
