package org.clinic.courses.report;

import java.time.LocalDate;

/** Which adverse events a report covers: onset between {@code from} and {@code to} inclusive. */
public record ReportFilter(LocalDate from, LocalDate to, String drug, Long patientId, boolean seriousOnly) {

    /** The filters as one line, for the audit log and the PDF cover. */
    public String describe() {
        return "from=" + from + " to=" + to + " drug=" + (drug == null ? "any" : drug)
                + " patientId=" + (patientId == null ? "any" : patientId) + " seriousOnly=" + seriousOnly;
    }

    boolean matches(AdverseEventReportRow row) {
        LocalDate onset = row.reaction().onsetDate();
        return !onset.isBefore(from) && !onset.isAfter(to) && (!seriousOnly || row.reaction().serious());
    }
}
