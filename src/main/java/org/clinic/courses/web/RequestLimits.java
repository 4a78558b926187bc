package org.clinic.courses.web;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.Map;

/**
 * The 414, 431 and 413 answers, given here rather than by Vert.x. Vert.x refuses an over-long request line
 * or header block before any route runs, with a bare answer (no security headers), and Quarkus 3.33
 * offers no hook on that path (the server's invalid-request handler is fixed when it starts
 * listening). So the Vert.x limits are set well above these ones (application.properties:
 * quarkus.http.limits.max-initial-line-length and max-header-size, 64K) and the request is refused
 * here, after {@link SecurityHeaders} has added its headers.
 */
@ApplicationScoped
public class RequestLimits {
    /** Vert.x's own defaults: what the app refused before, now with the headers. */
    static final int MAX_REQUEST_LINE = 4096;
    static final int MAX_HEADERS = 20 * 1024;
    /**
     * Bodies: 2 MB, except a MedDRA release upload (about 12 MB), which the server-wide limit
     * (quarkus.http.limits.max-body-size, 32M) allows. Declared lengths are refused before the body is read.
     */
    static final long MAX_BODY = 2L * 1024 * 1024;
    private static final java.util.Set<String> UPLOADS = java.util.Set.of("/admin/meddra", "/api/meddra/releases");

    void install(@Observes Router router) {
        // Right after SecurityHeaders (MIN_VALUE + 2), so the refusal carries its headers.
        router.route().order(Integer.MIN_VALUE + 3).handler(this::check);
    }

    void check(RoutingContext rc) {
        var request = rc.request();
        int line = request.method().name().length() + 1 + request.uri().length() + 9;
        if (line > MAX_REQUEST_LINE) {
            refuse(rc, 414, "Request-URI too long");
            return;
        }
        int headers = 0;
        for (Map.Entry<String, String> h : request.headers()) {
            headers += h.getKey().length() + 2 + h.getValue().length() + 2;
        }
        if (headers > MAX_HEADERS) {
            refuse(rc, 431, "Request header fields too large");
            return;
        }
        if (declaredLength(rc) > MAX_BODY && !UPLOADS.contains(rc.normalizedPath())) {
            refuse(rc, 413, "Request body too large");
            return;
        }
        if (request.uri().contains("%00")) {
            // A NUL is never part of a search, filter or path, and PostgreSQL refuses it in any text
            // parameter (a 500 where H2 answered): refused here for every page and endpoint alike.
            badRequest(rc);
            return;
        }
        rc.next();
    }

    private static void badRequest(RoutingContext rc) {
        String message = "The address holds a NUL character (%00)";
        boolean api = rc.normalizedPath().startsWith("/api/");
        rc.response().setStatusCode(400)
                .putHeader(HttpHeaders.CONTENT_TYPE, api ? "application/json" : "text/plain; charset=UTF-8")
                .end(api ? "{\"errors\":[{\"field\":\"query\",\"message\":\"" + message + "\"}]}" : message);
    }

    private static long declaredLength(RoutingContext rc) {
        String length = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        try {
            return length == null ? 0 : Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return 0; // Vert.x itself refuses a malformed length
        }
    }

    private static void refuse(RoutingContext rc, int status, String text) {
        // Closed after the answer: the rest of an over-long request (a 3 MB body) is not worth reading.
        rc.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, "text/plain; charset=UTF-8")
                .putHeader(HttpHeaders.CONNECTION, "close").end(text)
                .onComplete(done -> rc.request().connection().close());
    }
}
