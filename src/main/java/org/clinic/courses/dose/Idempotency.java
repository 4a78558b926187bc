package org.clinic.courses.dose;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import org.clinic.courses.web.IdempotencyMismatchException;
import org.clinic.courses.web.InvalidInputException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Objects;
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
    public static final String MISMATCH = "This key was already used for a different submission; nothing was saved. "
            + "Send a new key (or reload the form) for a new record.";
    /** Canonical JSON: properties and map entries sorted, dates as ISO text, so key order and spacing never matter. */
    private static final ObjectMapper CANONICAL = JsonMapper.builder().findAndAddModules()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

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

    /** SHA-256 (hex) of the user and the canonical JSON of the parsed request or form: what a key is bound to. */
    public static String fingerprint(String user, Object request) {
        try {
            String canonical = (user == null ? "" : user) + "\n" + CANONICAL.writeValueAsString(request);
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot fingerprint the request", e);
        }
    }

    /**
     * The replay is allowed only for the same request by the same user. Rows stored before fingerprints
     * existed carry none: for them only the user can be compared.
     */
    public static void requireSameRequest(String storedPrint, String storedBy, String print, String user) {
        boolean same = storedPrint == null ? Objects.equals(storedBy, user)
                : MessageDigest.isEqual(storedPrint.getBytes(StandardCharsets.US_ASCII), print.getBytes(StandardCharsets.US_ASCII));
        if (!same) {
            throw new IdempotencyMismatchException(MISMATCH);
        }
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

    /**
     * As {@link #once}, in fewer transactions: the key is looked up in the insert's own transaction, so a
     * first submission costs one transaction, not a look-up transaction and then an insert transaction.
     * Both suppliers run inside the transaction this opens; {@code existing} runs again, afresh, after a lost race.
     */
    public static <T> T onceInOneTransaction(String key, Supplier<Optional<T>> existing, Supplier<T> insert) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> (key == null ? Optional.<T>empty() : existing.get()).orElseGet(insert));
        } catch (RuntimeException e) {
            if (key == null || !isUniqueViolation(e)) {
                throw e;
            }
            return QuarkusTransaction.requiringNew().call(existing::get).orElseThrow(() -> e);
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
