package org.clinic.courses.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.clinic.courses.web.CsrfRefusedException;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;


import java.util.Set;

/**
 * Every state-changing request outside the Basic-auth JSON API must carry the session's CSRF
 * token, whatever its content type: in the {@value CsrfTokens#HEADER} header (htmx, scripts) or
 * in the form field. A bodiless or text/plain POST has neither and is refused, as is one the
 * browser marks as cross-site.
 */
public class CsrfFilter {
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    CsrfTokens tokens;
    @Inject
    RequestOrigin origin;
    @Inject
    SecurityIdentity identity;

    @ServerRequestFilter(preMatching = true)
    public Uni<Response> check(ContainerRequestContext request, RoutingContext rc) {
        String path = rc.normalizedPath();
        if (path.equals("/api") || path.startsWith("/api/")) {
            return null; // HTTP Basic only: a browser never sends those credentials on its own
        }
        boolean signedIn = !identity.isAnonymous();
        if (SAFE.contains(request.getMethod())) {
            return null;
        }
        if (origin.crossSite(rc)) {
            return refused("cross-site request");
        }
        String header = request.getHeaderString(CsrfTokens.HEADER);
        if (header != null) {
            return valid(rc, signedIn, header) ? null : refused("wrong token in header");
        }
        MediaType type = request.getMediaType();
        if (type == null || !(isForm(type))) {
            return refused("no token");
        }
        if (multipart(type)) {
            return null; // checked by checkMultipart once the form (and its files) is read
        }
        return formAttributes(rc.request()).map(form -> valid(rc, signedIn, form) ? null : refusal());
    }

    /**
     * A multipart form (a file upload) is read by the REST layer, which keeps its files; reading it
     * here before matching would drop them, and it is not read yet when request filters run. So a
     * multipart page request is only let through to a method marked {@link TokenCheckedByMethod},
     * which checks the token it receives as its first step ({@link CsrfTokens#requireSessionToken}).
     * Any other multipart request without the header is refused.
     */
    @ServerRequestFilter
    public void checkMultipart(ContainerRequestContext request, RoutingContext rc, ResourceInfo info) {
        String path = rc.normalizedPath();
        MediaType type = request.getMediaType();
        if (path.equals("/api") || path.startsWith("/api/") || SAFE.contains(request.getMethod()) || type == null
                || !multipart(type) || request.getHeaderString(CsrfTokens.HEADER) != null) {
            return;
        }
        if (info.getResourceMethod() == null || !info.getResourceMethod().isAnnotationPresent(TokenCheckedByMethod.class)) {
            throw new CsrfRefusedException("multipart form to a method that does not check the token");
        }
    }

    private static boolean multipart(MediaType type) {
        return type.getType().equalsIgnoreCase("multipart") && type.getSubtype().equalsIgnoreCase("form-data");
    }

    private boolean valid(RoutingContext rc, boolean signedIn, String presented) {
        if (presented == null || presented.length() > 200) {
            return false;
        }
        return signedIn ? tokens.validSessionToken(rc, presented) : tokens.validLoginToken(rc, presented);
    }

    private static boolean isForm(MediaType type) {
        return type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE) && !type.isWildcardType()
                || type.getType().equalsIgnoreCase("multipart") && type.getSubtype().equalsIgnoreCase("form-data");
    }

    private static Uni<String> formAttributes(HttpServerRequest request) {
        request.setExpectMultipart(true);
        return Uni.createFrom().emitter(emitter -> {
            request.endHandler(v -> emitter.complete(request.formAttributes().get(CsrfTokens.FIELD)));
            request.exceptionHandler(emitter::fail);
            request.resume();
        });
    }

    private static Uni<Response> refused(String why) {
        return Uni.createFrom().failure(new CsrfRefusedException(why));
    }

    private static Response refusal() {
        throw new CsrfRefusedException("wrong or missing token in form");
    }
}
