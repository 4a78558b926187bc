package org.clinic.courses.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The CSRF field for templates: {inject:csrf.parameterName} and {inject:csrf.token}. */
@Named("csrf")
@RequestScoped
public class CsrfTemplateToken {
    @Inject
    CurrentVertxRequest request;
    @Inject
    SecurityIdentity identity;
    @Inject
    CsrfTokens tokens;
    private String token;

    public String getParameterName() {
        return CsrfTokens.FIELD;
    }

    public String getHeaderName() {
        return CsrfTokens.HEADER;
    }

    public String getToken() {
        if (token == null) {
            token = tokens.tokenFor(request.getCurrent(), !identity.isAnonymous());
        }
        return token;
    }
}
