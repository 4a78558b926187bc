package org.clinic.courses.dose;

import org.clinic.courses.web.FieldError;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Turns submitted form text into typed values, noting each field that cannot be read. */
public final class FormInput {
    private FormInput() {
    }

    public static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public static BigDecimal decimal(String field, String value, List<FieldError> errors) {
        String v = text(value);
        if (v == null) return null;
        try {
            return new BigDecimal(v);
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, "Enter a number, e.g. 10 or 2.5"));
            return null;
        }
    }

    public static <E extends Enum<E>> E choice(String field, String value, Class<E> type, List<FieldError> errors) {
        String v = text(value);
        if (v == null) return null;
        try {
            return Enum.valueOf(type, v);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, "Pick one of the listed values"));
            return null;
        }
    }

    public static LocalDate date(String field, String value, List<FieldError> errors) {
        String v = text(value);
        if (v == null) return null;
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "Enter a date as YYYY-MM-DD"));
            return null;
        }
    }

    /** The clinic's 24-hour form "2026-12-01 16:10" (or a datetime-local value, "2026-12-01T16:10"), read in the clinic's zone. */
    public static OffsetDateTime localDateTime(String field, String value, ZoneId zone, List<FieldError> errors) {
        String v = text(value);
        if (v == null) return null;
        try {
            return LocalDateTime.parse(isoLocal(v)).atZone(zone).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "Enter a date and time as YYYY-MM-DD HH:MM (24-hour clock)"));
            return null;
        }
    }

    /** "2026-12-01 16:10" as "2026-12-01T16:10": one space between the date and the time, as the clinic writes it. */
    public static String isoLocal(String v) {
        return v.matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}(:\\d{2})?") ? v.replace(' ', 'T') : v;
    }

    /** Only local paths: an absolute or protocol-relative address would make the form an open redirect. */
    public static String localPath(String returnTo, String fallback) {
        if (returnTo == null || !returnTo.startsWith("/") || returnTo.startsWith("//") || returnTo.startsWith("/\\")
                || returnTo.chars().anyMatch(c -> c < 0x21 || c > 0x7e || c == '\\') || returnTo.length() > 200
                || !isUri(returnTo)) {
            return fallback;
        }
        return returnTo;
    }

    /** Characters illegal in a URI (|, {, ^, a bad %-escape) would fail the redirect after the record was saved. */
    private static boolean isUri(String path) {
        try {
            java.net.URI uri = new java.net.URI(path);
            return uri.getScheme() == null && uri.getRawAuthority() == null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}
