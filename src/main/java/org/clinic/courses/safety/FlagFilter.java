package org.clinic.courses.safety;

import org.clinic.courses.web.FieldError;
import org.clinic.courses.web.InvalidInputException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which flags to list: statuses (none = all), severity, code, course, raised from/to (clinic dates,
 * inclusive), and a page (limit 1..500). {@link #parse} checks raw query values and reports every
 * bad one by field, so the API answers 400 and a page shows the messages.
 */
public record FlagFilter(Set<FlagStatus> statuses, FlagSeverity severity, FlagCode code, Long courseId,
                         LocalDate from, LocalDate to, int limit, int offset) {
    public static final int MAX_LIMIT = 500;

    public static FlagFilter parse(List<String> status, String severity, String code, String courseId,
                                   String from, String to, String limit, String offset, int defaultLimit) {
        List<FieldError> errors = new ArrayList<>();
        Set<FlagStatus> statuses = EnumSet.noneOf(FlagStatus.class);
        for (String s : status == null ? List.<String>of() : status) {
            for (String part : s.split(",")) {
                if (part.isBlank()) continue;
                FlagStatus st = enumValue(FlagStatus.class, part, "status", errors);
                if (st != null) statuses.add(st);
            }
        }
        FlagSeverity sev = enumValue(FlagSeverity.class, severity, "severity", errors);
        FlagCode c = enumValue(FlagCode.class, code, "code", errors);
        Long course = number(courseId, "courseId", 1, Long.MAX_VALUE, errors);
        LocalDate f = date(from, "from", errors);
        LocalDate t = date(to, "to", errors);
        if (f != null && t != null && t.isBefore(f)) errors.add(new FieldError("to", "Must not be before from"));
        Long lim = number(limit, "limit", 1, MAX_LIMIT, errors);
        Long off = number(offset, "offset", 0, Integer.MAX_VALUE, errors);
        if (!errors.isEmpty()) throw new InvalidInputException(errors);
        return new FlagFilter(statuses, sev, c, course, f, t, lim == null ? defaultLimit : lim.intValue(),
                off == null ? 0 : off.intValue());
    }

    /** The same filter from another row. */
    public FlagFilter at(int newOffset) {
        return new FlagFilter(statuses, severity, code, courseId, from, to, limit, newOffset);
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String raw, String field, List<FieldError> errors) {
        if (raw == null || raw.isBlank()) return null;
        try {
            return Enum.valueOf(type, raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, "Unknown value; expected one of " + EnumSet.allOf(type)));
            return null;
        }
    }

    private static Long number(String raw, String field, long min, long max, List<FieldError> errors) {
        if (raw == null || raw.isBlank()) return null;
        try {
            long v = Long.parseLong(raw.strip());
            if (v >= min && v <= max) return v;
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new FieldError(field, max == Long.MAX_VALUE ? "A whole number of at least " + min
                : "A whole number from " + min + " to " + max));
        return null;
    }

    private static LocalDate date(String raw, String field, List<FieldError> errors) {
        if (raw == null || raw.isBlank()) return null;
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "A date as YYYY-MM-DD"));
            return null;
        }
    }
}
