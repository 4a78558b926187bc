package org.clinic.courses.safety;

import java.util.Objects;

/**
 * A flag that should be open now. {@code causeKey} is stable across evaluations of the same
 * data, so the service raises one flag per cause and resolves flags whose cause has gone.
 * {@code courseDay}, {@code administrationId} and {@code adverseEventId} may be null.
 */
public record FlagFinding(
        FlagCode code,
        String causeKey,
        Integer courseDay,
        String message,
        Long administrationId,
        Long adverseEventId) {

    public FlagFinding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(causeKey, "causeKey");
        Objects.requireNonNull(message, "message");
    }

    public FlagSeverity severity() {
        return code.severity;
    }

    /** Cause keys always start with the code, so keys of different rules never collide. */
    public static String key(FlagCode code, Object... parts) {
        StringBuilder b = new StringBuilder(code.name());
        for (Object p : parts) b.append(':').append(p);
        return b.toString();
    }
}
