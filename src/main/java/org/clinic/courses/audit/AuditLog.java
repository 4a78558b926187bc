package org.clinic.courses.audit;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import io.vertx.ext.web.RoutingContext;

import java.time.Clock;
import java.time.Instant;

/**
 * Writes the audit log. {@link #record} joins the caller's transaction, so an audit line commits
 * or rolls back with the clinical write it describes; {@link #recordSeparately} commits on its own
 * (logins, denials: nothing else is written then).
 */
@ApplicationScoped
public class AuditLog {
    public static final int DETAIL_MAX = 2000;

    @Inject
    Instance<SecurityIdentity> identity;
    @Inject
    Instance<CurrentVertxRequest> currentRequest;
    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public AuditEvent record(String action, String targetType, Long targetId, String detail) {
        return write(currentUser(), action, targetType, targetId, detail, currentClientAddress());
    }

    public void recordSeparately(String username, String action, String targetType, Long targetId,
                                 String detail, String clientAddress) {
        QuarkusTransaction.requiringNew().run(
                () -> write(username, action, targetType, targetId, detail, clientAddress));
    }

    /** Writes in the caller's transaction with an explicit user and address (security events). */
    public AuditEvent write(String username, String action, String targetType, Long targetId,
                             String detail, String clientAddress) {
        AuditEvent event = new AuditEvent();
        event.occurredAt = Instant.now(clock);
        event.username = truncate(username, 64);
        event.action = action;
        event.targetType = targetType;
        event.targetId = targetId;
        event.detail = truncate(detail, DETAIL_MAX);
        event.clientAddress = truncate(clientAddress, 64);
        event.persist();
        return event;
    }

    public String currentUser() {
        try {
            SecurityIdentity id = identity.get();
            return id.isAnonymous() ? null : id.getPrincipal().getName();
        } catch (ContextNotActiveException e) {
            return null;
        }
    }

    public String currentClientAddress() {
        try {
            RoutingContext rc = currentRequest.get().getCurrent();
            return rc == null ? null : clientAddress(rc);
        } catch (ContextNotActiveException e) {
            return null;
        }
    }

    public static String clientAddress(RoutingContext rc) {
        return rc.request().remoteAddress() == null ? null : rc.request().remoteAddress().hostAddress();
    }

    static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
