package org.clinic.courses.security;

import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Makes logout end a session on the server too. The session cookie is stateless (encrypted name and
 * expiry), so clearing it in the browser leaves a copied cookie valid until it expires. Every session
 * cookie value is remembered (as a digest) with when it was first presented; logout records the
 * time, and a cookie of that account first presented before its logout is refused. This ends every
 * session the account had open at logout. Kept in memory: the app runs as one process.
 */
@ApplicationScoped
public class SessionRevocations {
    /** Longer than the session timeout (30 min): an older cookie has expired anyway. */
    private static final long KEEP_MILLIS = Duration.ofMinutes(35).toMillis();
    private static final int PRUNE_ABOVE = 10_000;

    private record Seen(String username, long atMillis) {
    }

    private final Map<String, Seen> firstSeen = new ConcurrentHashMap<>();
    private final Map<String, Long> loggedOutAt = new ConcurrentHashMap<>();

    /** True when this cookie was presented before its account logged out. */
    public boolean revoked(String username, String cookieValue) {
        long now = System.currentTimeMillis();
        Seen seen = firstSeen.computeIfAbsent(digest(cookieValue), k -> new Seen(username, now));
        if (firstSeen.size() > PRUNE_ABOVE) {
            firstSeen.values().removeIf(s -> s.atMillis < now - KEEP_MILLIS);
        }
        Long logout = loggedOutAt.get(username);
        return logout != null && seen.atMillis <= logout;
    }

    /** Ends every session of the account presented up to now. */
    public void loggedOut(String username) {
        loggedOutAt.put(username, System.currentTimeMillis());
    }

    private static String digest(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
