package org.clinic.courses.report;

import java.time.LocalDate;

/** Which adverse events a report covers: onset between {@code from} and {@code to} inclusive. */
public record ReportFilter(LocalDate from, LocalDate to, String drug, Long patientId, boolean seriousOnly) {

    boolean matches(AdverseEventReportRow row) {
        LocalDate onset = row.reaction().onsetDate();
        return !onset.isBefore(from) && !onset.isAfter(to) && (!seriousOnly || row.reaction().serious());
    }
}
