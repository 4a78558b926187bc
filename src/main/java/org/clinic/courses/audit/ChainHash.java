package org.clinic.courses.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The hash that seals an audit row: SHA-256 over the previous seal's hash and every field of the row. */
public final class ChainHash {
    private ChainHash() {
    }

    public static String of(String previousHash, AuditEvent e) {
        StringBuilder text = new StringBuilder(previousHash);
        for (Object field : new Object[]{e.id, e.occurredAt, e.username, e.action, e.targetType, e.targetId, e.detail,
                e.clientAddress}) {
            String value = field == null ? "" : field.toString();
            // Length-prefixed, so moving text from one field to the next changes the hash.
            text.append('\u001f').append(value.length()).append(':').append(value);
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
