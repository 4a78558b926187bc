package org.clinic.courses.course;

/** A prescription as a form or the API sends it (text), checked by {@link CourseService}. */
public record CourseInput(String patientId, String drug, String indication, String route, String dailyVolumeMl,
                          String startDate, String lengthDays, String schedule, String onsetAt) {
}
