package org.clinic.courses.web;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * Redirect targets never echo the request's Host header (which anyone can set): an absolute
 * Location becomes the configured public URL plus its path, or just its path when none is set.
 */
public final class PublicLocation {
    private PublicLocation() {
    }

    public static String of(String location, String publicUrl) {
        URI uri;
        try {
            uri = new URI(location);
        } catch (URISyntaxException e) {
            return "/";
        }
        if (!uri.isAbsolute() && uri.getRawAuthority() == null) {
            return location;
        }
        String path = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
        String base = publicUrl == null ? "" : publicUrl.strip();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return base + path;
    }
}
