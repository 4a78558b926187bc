package org.clinic.courses.security;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the session-id cookie carries beside the form login's own cookie: a random session id
 * (CSRF tokens are bound to it), the account, when the session began (absolute lifetime) and
 * the account's session epoch at login (revocation), and whether the second factor is still to be
 * given (password accepted, TOTP code not yet). Signed, so it cannot be forged or edited.
 */
public record SessionTicket(String sessionId, String username, Instant issuedAt, int epoch,
                            boolean secondFactorPending) {
    static final String PURPOSE = "session-ticket";

    /** A complete session (no second factor pending). */
    public SessionTicket(String sessionId, String username, Instant issuedAt, int epoch) {
        this(sessionId, username, issuedAt, epoch, false);
    }
    private static final Pattern SEP = Pattern.compile("\\|");

    public String encode(SessionKeys keys) {
        String payload = sessionId + "|" + username + "|" + issuedAt.getEpochSecond() + "|" + epoch
                + (secondFactorPending ? "|pending" : "");
        String encoded = Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        return encoded + "." + keys.sign(PURPOSE, encoded);
    }

    /** The ticket in a cookie value, if its signature holds. */
    public static Optional<SessionTicket> decode(String value, SessionKeys keys) {
        if (value == null || value.length() > 400) {
            return Optional.empty();
        }
        int dot = value.lastIndexOf('.');
        if (dot <= 0 || !keys.verify(PURPOSE, value.substring(0, dot), value.substring(dot + 1))) {
            return Optional.empty();
        }
        try {
            String payload = new String(Base64.getUrlDecoder().decode(value.substring(0, dot)), StandardCharsets.UTF_8);
            String[] parts = SEP.split(payload, -1);
            if (parts.length != 4 && !(parts.length == 5 && parts[4].equals("pending"))) {
                return Optional.empty();
            }
            return Optional.of(new SessionTicket(parts[0], parts[1], Instant.ofEpochSecond(Long.parseLong(parts[2])),
                    Integer.parseInt(parts[3]), parts.length == 5));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
