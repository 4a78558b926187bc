package org.clinic.courses.safety;

import org.clinic.courses.web.FieldError;
import org.clinic.courses.web.InvalidInputException;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The review queue's filter as typed (so the form shows it back) and as a query string (so a form
 * post returns to the same view). No status chosen means the active ones: OPEN and ACKNOWLEDGED.
 * {@code page} counts from 1 (blank: the first).
 */
public record FlagPageQuery(List<String> status, String severity, String code, String from, String to, String page) {
    public static final List<String> ACTIVE = List.of(FlagStatus.OPEN.name(), FlagStatus.ACKNOWLEDGED.name());

    public FlagPageQuery {
        status = status == null || status.stream().allMatch(String::isBlank) ? ACTIVE : List.copyOf(status);
        severity = blankToEmpty(severity);
        code = blankToEmpty(code);
        from = blankToEmpty(from);
        to = blankToEmpty(to);
        page = blankToEmpty(page);
    }

    public static final FlagPageQuery DEFAULT = new FlagPageQuery(null, null, null, null, null, null);

    /** The filter for the asked page; a bad page number is reported with the filter's other fields. */
    public FlagFilter filter(int limit) {
        List<FieldError> errors = new ArrayList<>();
        int number = pageNumber(errors);
        try {
            FlagFilter f = FlagFilter.parse(status, severity, code, null, from, to, null, null, limit);
            if (!errors.isEmpty()) throw new InvalidInputException(errors);
            return f.at((int) Math.min(Integer.MAX_VALUE, (long) (number - 1) * limit));
        } catch (InvalidInputException e) {
            List<FieldError> all = new ArrayList<>(e.errors());
            errors.stream().filter(x -> !all.contains(x)).forEach(all::add);
            throw new InvalidInputException(all);
        }
    }

    /** The page number asked for, 1 when blank. */
    public int pageNumber() {
        return pageNumber(new ArrayList<>());
    }

    private int pageNumber(List<FieldError> errors) {
        if (page.isEmpty()) return 1;
        try {
            int n = Integer.parseInt(page);
            if (n >= 1) return n;
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new FieldError("page", "A whole number of at least 1"));
        return 1;
    }

    /** The same filter at another page. */
    public FlagPageQuery atPage(int number) {
        return new FlagPageQuery(status, severity, code, from, to, number <= 1 ? null : Integer.toString(number));
    }

    public boolean shows(FlagStatus s) {
        return status.contains(s.name());
    }

    public List<FlagStatus> statuses() {
        return List.of(FlagStatus.values());
    }

    public List<FlagSeverity> severities() {
        return List.of(FlagSeverity.values());
    }

    public List<FlagCode> codes() {
        return List.of(FlagCode.values());
    }

    /** URL-encoded query string of this filter (no leading '?'). */
    public String queryString() {
        List<String> parts = new ArrayList<>();
        status.forEach(s -> parts.add("status=" + enc(s)));
        add(parts, "severity", severity);
        add(parts, "code", code);
        add(parts, "from", from);
        add(parts, "to", to);
        add(parts, "page", page);
        return String.join("&", parts);
    }

    /** Reads a query string written by {@link #queryString}; anything else gives the default view. */
    public static FlagPageQuery fromQueryString(String qs) {
        if (qs == null || qs.isBlank() || qs.length() > 2000) return DEFAULT;
        List<String> status = new ArrayList<>();
        String severity = null, code = null, from = null, to = null, page = null;
        for (String pair : qs.split("&")) {
            int eq = pair.indexOf('=');
            if (eq < 0) continue;
            String value = URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            switch (pair.substring(0, eq)) {
                case "status" -> status.add(value);
                case "severity" -> severity = value;
                case "code" -> code = value;
                case "from" -> from = value;
                case "to" -> to = value;
                case "page" -> page = value;
                default -> { }
            }
        }
        return new FlagPageQuery(status, severity, code, from, to, page);
    }

    private static void add(List<String> parts, String name, String value) {
        if (!value.isEmpty()) parts.add(name + "=" + enc(value));
    }

    private static String enc(String v) {
        return URLEncoder.encode(v, StandardCharsets.UTF_8);
    }

    private static String blankToEmpty(String v) {
        return v == null ? "" : v.strip();
    }
}
