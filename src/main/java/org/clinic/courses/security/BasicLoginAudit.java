package org.clinic.courses.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.clinic.courses.audit.AuditEvent;
import org.clinic.courses.audit.AuditLog;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * API clients authenticate on every request: one audit row per account, client and hour says
 * they did, instead of a row per request.
 */
@ApplicationScoped
public class BasicLoginAudit {
    static final String ACTION = "LOGIN_BASIC";
    private static final int FORGET_ABOVE = 10_000;

    @Inject
    AuditLog audit;
    @Inject
    Clock clock;
    private final Map<String, Instant> writtenForHour = new ConcurrentHashMap<>();

    boolean writtenThisHour(String username, String client) {
        return Instant.now(clock).truncatedTo(ChronoUnit.HOURS).equals(writtenForHour.get(username + "|" + client));
    }

    /** Call inside a transaction, off the event loop. */
    void seen(String username, String client) {
        Instant hour = Instant.now(clock).truncatedTo(ChronoUnit.HOURS);
        String key = username + "|" + client;
        if (hour.equals(writtenForHour.get(key))) {
            return;
        }
        if (writtenForHour.size() > FORGET_ABOVE) {
            writtenForHour.clear();
        }
        writtenForHour.put(key, hour);
        // Another instance may have written this hour's row already.
        long already = client == null
                ? AuditEvent.count("action = ?1 and occurredAt >= ?2 and username = ?3 and clientAddress is null",
                ACTION, hour, username)
                : AuditEvent.count("action = ?1 and occurredAt >= ?2 and username = ?3 and clientAddress = ?4",
                ACTION, hour, username, client);
        if (already == 0) {
            audit.write(username, ACTION, "User", null, "HTTP Basic (one row per account, client and hour)", client);
        }
    }
}
