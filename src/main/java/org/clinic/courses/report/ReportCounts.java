package org.clinic.courses.report;

/**
 * How many adverse events a filter selects ({@code included}) and how many voided records matching
 * the same filter were left out ({@code voidedExcluded}). Every export and the preview say both.
 */
public record ReportCounts(long included, long voidedExcluded) {

    /** The sentence the PDF cover line, the FHIR OperationOutcome and the page show. */
    public String sentence() {
        return included + (included == 1 ? " adverse event" : " adverse events") + " reported; "
                + voidedExcluded + (voidedExcluded == 1 ? " voided record" : " voided records")
                + " matching the same filters left out.";
    }
}
