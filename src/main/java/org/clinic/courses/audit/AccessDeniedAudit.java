package org.clinic.courses.audit;

import io.quarkus.security.spi.runtime.AuthorizationFailureEvent;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Inject;

/** Every refusal of a signed-in user (wrong role) goes to the audit log. */
@ApplicationScoped
public class AccessDeniedAudit {
    @Inject
    AuditLog audit;

    void onDenied(@ObservesAsync AuthorizationFailureEvent event) {
        if (event.getSecurityIdentity() == null || event.getSecurityIdentity().isAnonymous()) {
            return; // not signed in: the login challenge answers that, nothing was denied
        }
        RoutingContext rc = HttpSecurityUtils.getRoutingContextAttribute(event.getEventProperties());
        String what = rc == null ? event.getAuthorizationContext()
                : rc.request().method() + " " + rc.normalizedPath();
        audit.recordSeparately(event.getSecurityIdentity().getPrincipal().getName(), "ACCESS_DENIED",
                null, null, what, rc == null ? null : AuditLog.clientAddress(rc));
    }
}
