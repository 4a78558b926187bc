package org.clinic.courses.report;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The report page's filters as the user typed them, shown again when the form comes back with
 * errors. An absent or blank date defaults to the last 30 days (to today).
 */
public record ReportForm(String from, String to, String drug, String patient, String seriousOnly) {
    public static final int DEFAULT_DAYS = 30;

    public static ReportForm of(String from, String to, String drug, String patient, String seriousOnly,
                                LocalDate today) {
        return new ReportForm(from == null || from.isBlank() ? today.minusDays(DEFAULT_DAYS).toString() : from.strip(),
                to == null || to.isBlank() ? today.toString() : to.strip(), blank(drug), blank(patient), blank(seriousOnly));
    }

    public boolean serious() {
        return seriousOnly != null && !seriousOnly.isBlank() && !seriousOnly.equalsIgnoreCase("false");
    }

    public boolean drugIs(String code) {
        return code.equals(drug);
    }

    /** The filters as a query string (without format), for the download links. */
    public String query() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("from", from);
        params.put("to", to);
        if (drug != null && !drug.isEmpty()) params.put("drug", drug);
        if (patient != null && !patient.isEmpty()) params.put("patient", patient);
        if (serious()) params.put("seriousOnly", "true");
        return params.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String blank(String value) {
        return value == null ? "" : value.strip();
    }
}
