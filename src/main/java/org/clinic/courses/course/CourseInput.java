package org.clinic.courses.course;

/**
 * A prescription as a form or the API sends it (text), checked by {@link CourseService}.
 * {@code limitOverrideReason}: the physician's reason for prescribing outside the drug's daily range
 * or routes; without it such a prescription is refused.
 */
public record CourseInput(String patientId, String drug, String indication, String route, String dailyVolumeMl,
                          String startDate, String lengthDays, String schedule, String onsetAt,
                          String limitOverrideReason) {

    public CourseInput(String patientId, String drug, String indication, String route, String dailyVolumeMl,
                       String startDate, String lengthDays, String schedule, String onsetAt) {
        this(patientId, drug, indication, route, dailyVolumeMl, startDate, lengthDays, schedule, onsetAt, "");
    }
}
