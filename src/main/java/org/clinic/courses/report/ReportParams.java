package org.clinic.courses.report;

import org.clinic.courses.web.FieldError;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * Reads report filters from query strings, collecting one message per bad field so the API can
 * answer 400 with every field listed and the page can show each message at its field.
 */
final class ReportParams {
    static final int MAX_TEXT = 100;

    private ReportParams() {
    }

    static LocalDate date(String field, String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "is required (YYYY-MM-DD)"));
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "must be a date YYYY-MM-DD"));
            return null;
        }
    }

    static void range(LocalDate from, LocalDate to, List<FieldError> errors) {
        if (from != null && to != null && to.isBefore(from)) errors.add(new FieldError("to", "must not be before from"));
    }

    /** A positive whole number, or null when blank. */
    static Long id(String field, String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) return null;
        try {
            long id = Long.parseLong(value.strip());
            if (id > 0) return id;
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new FieldError(field, "must be a positive whole number"));
        return null;
    }

    static boolean flag(String field, String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) return false;
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true", "on", "yes", "1" -> true;
            case "false", "off", "no", "0" -> false;
            default -> {
                errors.add(new FieldError(field, "must be true or false"));
                yield false;
            }
        };
    }

    /** The format; csv when absent. */
    static ExportFormat format(String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) return ExportFormat.CSV;
        return ExportFormat.parse(value).orElseGet(() -> {
            errors.add(new FieldError("format", "must be csv, fhir, pdf or e2b"));
            return ExportFormat.CSV;
        });
    }

    static String text(String field, String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) return null;
        if (value.length() > MAX_TEXT) errors.add(new FieldError(field, "must be at most " + MAX_TEXT + " characters"));
        return value.strip();
    }
}
