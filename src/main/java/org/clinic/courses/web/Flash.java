package org.clinic.courses.web;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Post/redirect/get with a one-time message: {@link #redirect} answers 303 with the message in a
 * short-lived cookie; the next page shows it ({inject:flash.message}) and {@link FlashCleaner} drops it.
 */
@Named("flash")
@RequestScoped
public class Flash {
    static final String COOKIE = "tracker-flash";

    @Inject
    HttpServerRequest request;

    public String message() {
        var cookie = request.getCookie(COOKIE);
        if (cookie == null || cookie.getValue().isBlank()) {
            return null;
        }
        return URLDecoder.decode(cookie.getValue(), StandardCharsets.UTF_8);
    }

    public static Response redirect(String path, String message) {
        NewCookie cookie = new NewCookie.Builder(COOKIE)
                .value(URLEncoder.encode(message, StandardCharsets.UTF_8))
                .path("/").httpOnly(true).sameSite(NewCookie.SameSite.STRICT).maxAge(60)
                .build();
        return Response.seeOther(URI.create(path)).cookie(cookie).build();
    }

    public static Response redirect(String path) {
        return Response.seeOther(URI.create(path)).build();
    }
}
