package org.clinic.courses.signal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The safety view's numbers for one period: by term, by lot, and per week. */
public record SignalReport(LocalDate from, LocalDate to, BigDecimal factor, int minimumCount, List<DrugTotal> drugs,
                           List<TermRow> terms, List<LotRow> lots, List<Week> weeks) {

    /** A drug's exposure and its overall side-effect rate (all terms). */
    public record DrugTotal(String drug, long courses, long doses, long events, BigDecimal perThousandDoses) {
    }

    /**
     * A term on a drug: events, courses affected, rate per 100 courses (courses affected per 100 exposed)
     * and per 1,000 doses (events per 1,000 given doses); labelled = in the drug's listed side effects.
     */
    public record TermRow(String drug, String term, long events, long serious, long coursesAffected,
                          BigDecimal perHundredCourses, BigDecimal perThousandDoses, boolean labelled) {
    }

    /** A lot of a drug: its side-effect rate against the drug's overall rate; a signal when above by the factor. */
    public record LotRow(String drug, String lot, long doses, long courses, long events, BigDecimal perThousandDoses,
                         BigDecimal drugPerThousandDoses, BigDecimal ratio, boolean signal) {
    }

    /** Side effects observed in the week starting {@code monday}. */
    public record Week(LocalDate monday, long events, long serious) {
    }

    public long signalCount() {
        return lots.stream().filter(LotRow::signal).count();
    }

    public long unlabelledCount() {
        return terms.stream().filter(t -> !t.labelled()).count();
    }
}
