package org.clinic.courses.report;

import org.clinic.courses.security.Qualification;

import java.time.ZonedDateTime;

/**
 * Who issues the report and when: the clinic (from its settings), the receiver, and the physician
 * who confirms the report by exporting it (the reporter, E2B primary source, CIOMS 24a/IV).
 */
public record ReportContext(String clinicName, String country, ZonedDateTime generatedAt, String address,
                            String senderId, String receiver, PrimarySource reporter) {

    public ReportContext(String clinicName, String country, ZonedDateTime generatedAt) {
        this(clinicName, country, generatedAt, null, null, null, null);
    }

    /** The reporting health professional; {@code fullName} falls back to the login name. */
    public record PrimarySource(String username, String fullName, Qualification qualification, String contact) {
        public String name() {
            return fullName == null || fullName.isBlank() ? username : fullName;
        }
    }

    public String caseIdPrefix() {
        return (country == null ? "XX" : country) + "-" + (senderId == null ? "UNSET" : senderId);
    }
}
