package org.clinic.courses.report;

import java.time.ZonedDateTime;

/** Who issues the report and when: printed in the PDF header and section IV, stamped on the FHIR bundle. */
public record ReportContext(String clinicName, String country, ZonedDateTime generatedAt) {
}
