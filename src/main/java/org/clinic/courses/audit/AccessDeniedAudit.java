package org.clinic.courses.audit;

import io.quarkus.security.spi.runtime.AuthorizationFailureEvent;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/**
 * Every refusal of a signed-in user (wrong role) goes to the audit log with its method, path and
 * client. Observed synchronously, while the request is still at hand (a role check inside a
 * resource carries no routing context in the event), and written off the request's thread.
 */
@ApplicationScoped
public class AccessDeniedAudit {
    @Inject
    AuditLog audit;
    @Inject
    Instance<CurrentVertxRequest> currentRequest;

    void onDenied(@Observes AuthorizationFailureEvent event) {
        if (event.getSecurityIdentity() == null || event.getSecurityIdentity().isAnonymous()) {
            return; // not signed in: the login challenge answers that, nothing was denied
        }
        RoutingContext rc = HttpSecurityUtils.getRoutingContextAttribute(event.getEventProperties());
        if (rc == null) {
            rc = current();
        }
        String what = rc == null ? event.getAuthorizationContext() : rc.request().method() + " " + rc.normalizedPath();
        String client = rc == null ? null : AuditLog.clientAddress(rc);
        String user = event.getSecurityIdentity().getPrincipal().getName();
        Infrastructure.getDefaultWorkerPool().execute(() ->
                audit.recordSeparately(user, "ACCESS_DENIED", null, null, what, client));
    }

    private RoutingContext current() {
        try {
            return currentRequest.get().getCurrent();
        } catch (ContextNotActiveException e) {
            return null;
        }
    }
}
