package org.clinic.courses.audit;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads of a patient's record (the patient page, GET /api/patients/{id}) leave a trace (HIPAA
 * 164.312(b)): one PATIENT_READ row per user, patient and hour, so browsing does not flood the log.
 */
public class PatientReadAudit {
    static final String ACTION = "PATIENT_READ";
    private static final Pattern PATIENT = Pattern.compile("^/(?:api/)?patients/(\\d{1,18})$");
    private static final Map<String, Instant> WRITTEN = new ConcurrentHashMap<>();

    @Inject
    SecurityIdentity identity;
    @Inject
    AuditLog audit;
    @Inject
    Clock clock;

    @ServerResponseFilter
    public void afterRead(ContainerRequestContext request, ContainerResponseContext response, RoutingContext rc) {
        if (!"GET".equals(request.getMethod()) || response.getStatus() != 200 || identity.isAnonymous()) {
            return;
        }
        Matcher m = PATIENT.matcher(rc.normalizedPath());
        if (!m.matches()) {
            return;
        }
        long patientId = Long.parseLong(m.group(1));
        String user = identity.getPrincipal().getName();
        Instant hour = Instant.now(clock).truncatedTo(ChronoUnit.HOURS);
        String key = user + "|" + patientId;
        if (hour.equals(WRITTEN.put(key, hour))) {
            return;
        }
        if (WRITTEN.size() > 50_000) {
            WRITTEN.clear();
        }
        String client = AuditLog.clientAddress(rc);
        QuarkusTransaction.requiringNew().run(() -> {
            // Another instance may have written this hour's row.
            if (AuditEvent.count("action = ?1 and occurredAt >= ?2 and username = ?3 and targetType = 'Patient' "
                    + "and targetId = ?4", ACTION, hour, user, patientId) == 0) {
                audit.write(user, ACTION, "Patient", patientId, request.getMethod() + " " + rc.normalizedPath()
                        + " (one row per user, patient and hour)", client);
            }
        });
    }
}
