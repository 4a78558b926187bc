package org.clinic.courses.signal;

import java.time.LocalDate;

/** What the safety view counts, as loaded from the database for one period. */
public final class SignalInput {
    private SignalInput() {
    }

    /** Given doses of one drug and lot in the period, and on how many courses. */
    public record LotExposure(String drug, String lot, long doses, long courses) {
    }

    /** Courses (with at least one given dose) and given doses of one drug in the period. */
    public record DrugExposure(String drug, long courses, long doses) {
    }

    /**
     * One side effect observed in the period, with the lot of the dose given on its course day
     * (null when none was given that day).
     */
    public record Event(String drug, String term, long courseId, LocalDate observedOn, boolean serious, String lot) {
    }
}
