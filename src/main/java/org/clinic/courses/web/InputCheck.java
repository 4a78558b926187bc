package org.clinic.courses.web;

import java.math.BigDecimal;
import java.time.*;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Collects every invalid field of one request, so forms and the API can list them all at once.
 * Inputs arrive as text (form fields, or API values turned into text) and leave parsed or null.
 */
public final class InputCheck {
    private final List<FieldError> errors = new ArrayList<>();

    public void add(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    public boolean has(String field) {
        return errors.stream().anyMatch(e -> field.equals(e.field()));
    }

    public List<FieldError> errors() {
        return errors;
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /**
     * NUL, escape and other control characters (line breaks and tabs are text), half of a surrogate
     * pair, and the noncharacters (U+FFFE, U+FFFF, U+FDD0 to U+FDEF and their like in every plane):
     * none is text, and XML (E2B) and the FHIR narrative cannot carry them, so one stored record
     * would break every export that includes it.
     */
    public static boolean hasControlCharacters(String s) {
        if (s == null) return false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                if (isNoncharacter(s.codePointAt(i))) return true;
                i++;
            } else if (Character.isSurrogate(c) || isNoncharacter(c)
                    || Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
                return true;
            }
        }
        return false;
    }

    private static boolean isNoncharacter(int codePoint) {
        return (codePoint & 0xFFFE) == 0xFFFE || codePoint >= 0xFDD0 && codePoint <= 0xFDEF;
    }

    public static String blankToNull(String value) {
        if (value == null) return null;
        String s = value.strip();
        return s.isEmpty() ? null : s;
    }

    /** Stripped text of at most {@code max} characters, without control characters. */
    public String text(String field, String value, int max, boolean required) {
        String s = blankToNull(value);
        if (s == null) {
            if (required) add(field, "Required");
            return null;
        }
        if (s.length() > max) {
            add(field, "At most " + max + " characters");
            return null;
        }
        if (hasControlCharacters(s)) {
            add(field, "Contains control characters");
            return null;
        }
        return s;
    }

    public LocalDate date(String field, String value, boolean required) {
        String s = blankToNull(value);
        if (s == null) {
            if (required) add(field, "Required (YYYY-MM-DD)");
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            add(field, "A date as YYYY-MM-DD");
            return null;
        }
    }

    /** An ISO-8601 instant with offset; a local date-time (from a browser form) is read in {@code zone}. */
    public Instant instant(String field, String value, ZoneId zone, boolean required) {
        String s = blankToNull(value);
        if (s == null) {
            if (required) add(field, "Required (e.g. 2026-11-19T08:00:00Z)");
            return null;
        }
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(s).atZone(zone).toInstant();
            } catch (DateTimeParseException e2) {
                add(field, "A date and time as 2026-11-19T08:00:00Z");
                return null;
            }
        }
    }

    /** A decimal number with min &lt; value (exclusive when {@code minExclusive}) and value &le; max. */
    public BigDecimal decimal(String field, String value, BigDecimal min, boolean minExclusive, BigDecimal max,
                              int scale, boolean required) {
        String s = blankToNull(value);
        if (s == null) {
            if (required) add(field, "Required");
            return null;
        }
        BigDecimal v;
        try {
            v = new BigDecimal(s);
        } catch (NumberFormatException e) {
            add(field, "A number");
            return null;
        }
        int cmp = v.compareTo(min);
        if (cmp < 0 || (minExclusive && cmp == 0) || v.compareTo(max) > 0) {
            add(field, (minExclusive ? "More than " : "At least ") + min.toPlainString() + " and at most " + max.toPlainString());
            return null;
        }
        if (v.stripTrailingZeros().scale() > scale) {
            add(field, "At most " + scale + " decimal place" + (scale == 1 ? "" : "s"));
            return null;
        }
        return v;
    }

    public Integer integer(String field, String value, int min, int max, boolean required) {
        String s = blankToNull(value);
        if (s == null) {
            if (required) add(field, "Required");
            return null;
        }
        try {
            int v = Integer.parseInt(s);
            if (v < min || v > max) {
                add(field, "A whole number from " + min + " to " + max);
                return null;
            }
            return v;
        } catch (NumberFormatException e) {
            add(field, "A whole number from " + min + " to " + max);
            return null;
        }
    }

    public Long id(String field, String value, boolean required) {
        String s = blankToNull(value);
        if (s == null) {
            if (required) add(field, "Required");
            return null;
        }
        try {
            long v = Long.parseLong(s);
            if (v > 0) return v;
        } catch (NumberFormatException e) {
            // reported below
        }
        add(field, "A positive whole number");
        return null;
    }

    public <E extends Enum<E>> E oneOf(String field, String value, Class<E> type, boolean required) {
        String s = blankToNull(value);
        if (s == null) {
            if (required) add(field, "Required: one of " + names(type));
            return null;
        }
        try {
            return Enum.valueOf(type, s.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            add(field, "One of " + names(type));
            return null;
        }
    }

    /** true/false (also on/yes/no from forms); blank is unknown (null). */
    public Boolean bool(String field, String value) {
        String s = blankToNull(value);
        if (s == null) return null;
        switch (s.toLowerCase(Locale.ROOT)) {
            case "true", "on", "yes": return true;
            case "false", "off", "no": return false;
            default:
                add(field, "true or false");
                return null;
        }
    }

    private static <E extends Enum<E>> String names(Class<E> type) {
        return String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
    }

    public static String str(Object value) {
        return value == null ? null : value instanceof BigDecimal b ? b.toPlainString() : value.toString();
    }
}
