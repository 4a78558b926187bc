package org.clinic.courses.security;

import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Locale;
import java.util.Optional;

/**
 * Whether a state-changing request came from this site's own pages, by the browser's
 * {@code Sec-Fetch-Site} and {@code Origin} headers (absent headers decide nothing: the token does).
 */
@ApplicationScoped
public class RequestOrigin {
    @ConfigProperty(name = "tracker.public-url")
    Optional<String> publicUrl;

    public boolean crossSite(RoutingContext rc) {
        String fetchSite = rc.request().getHeader("Sec-Fetch-Site");
        if (fetchSite != null && !fetchSite.equalsIgnoreCase("same-origin") && !fetchSite.equalsIgnoreCase("none")) {
            return true;
        }
        String origin = rc.request().getHeader("Origin");
        // "null": browsers send it for form posts from pages with Referrer-Policy no-referrer (ours): no information.
        return origin != null && !origin.equals("null") && !origin.toLowerCase(Locale.ROOT).equals(ownOrigin(rc));
    }

    /** scheme://host[:port] of the configured public URL, else of the request as the proxy forwarded it. */
    public String ownOrigin(RoutingContext rc) {
        return publicUrl.filter(u -> !u.isBlank()).map(RequestOrigin::originOf)
                .orElseGet(() -> (rc.request().scheme() + "://" + rc.request().authority()).toLowerCase(Locale.ROOT));
    }

    static String originOf(String url) {
        java.net.URI uri = java.net.URI.create(url.strip());
        String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
        return (uri.getScheme() + "://" + uri.getHost() + port).toLowerCase(Locale.ROOT);
    }
}
