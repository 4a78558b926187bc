package org.clinic.courses.dose;

import org.clinic.courses.web.InvalidInputException;

import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * "The same key again returns the first result and stores nothing new." The key column is unique, so
 * concurrent identical submissions race on the insert: the loser's transaction rolls back and it
 * answers with the winner's record.
 */
public final class Idempotency {
    /** Room for the kind prefix within the 120-character column. */
    public static final int KEY_MAX = 100;
    public static final String HEADER = "Idempotency-Key";

    private Idempotency() {
    }

    /** The stored form of a client key, prefixed by kind so two tables never share a key; null if none. */
    public static String storedKey(String kind, String clientKey) {
        if (clientKey == null || clientKey.isBlank()) {
            return null;
        }
        String key = clientKey.strip();
        if (key.length() > KEY_MAX) {
            throw new InvalidInputException(HEADER, "At most " + KEY_MAX + " characters");
        }
        return kind + ":" + key;
    }

    /** {@code insert} must run in its own transaction; {@code existing} looks the key up afresh. */
    public static <T> T once(String key, Supplier<Optional<T>> existing, Supplier<T> insert) {
        if (key == null) {
            return insert.get();
        }
        Optional<T> first = existing.get();
        if (first.isPresent()) {
            return first.get();
        }
        try {
            return insert.get();
        } catch (RuntimeException e) {
            if (!isUniqueViolation(e)) {
                throw e;
            }
            return existing.get().orElseThrow(() -> e);
        }
    }

    static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
