package org.clinic.courses.safety;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The review queue's filter as typed (so the form shows it back) and as a query string (so a form
 * post returns to the same view). No status chosen means the active ones: OPEN and ACKNOWLEDGED.
 */
public record FlagPageQuery(List<String> status, String severity, String code, String from, String to) {
    public static final List<String> ACTIVE = List.of(FlagStatus.OPEN.name(), FlagStatus.ACKNOWLEDGED.name());

    public FlagPageQuery {
        status = status == null || status.stream().allMatch(String::isBlank) ? ACTIVE : List.copyOf(status);
        severity = blankToEmpty(severity);
        code = blankToEmpty(code);
        from = blankToEmpty(from);
        to = blankToEmpty(to);
    }

    public static final FlagPageQuery DEFAULT = new FlagPageQuery(null, null, null, null, null);

    public FlagFilter filter(int limit) {
        return FlagFilter.parse(status, severity, code, null, from, to, null, null, limit);
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
        return String.join("&", parts);
    }

    /** Reads a query string written by {@link #queryString}; anything else gives the default view. */
    public static FlagPageQuery fromQueryString(String qs) {
        if (qs == null || qs.isBlank() || qs.length() > 2000) return DEFAULT;
        List<String> status = new ArrayList<>();
        String severity = null, code = null, from = null, to = null;
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
                default -> { }
            }
        }
        return new FlagPageQuery(status, severity, code, from, to);
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
