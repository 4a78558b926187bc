package org.clinic.courses.adverse;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** {@code POST /api/adverse-events/{id}/correction}: the corrected side effect's fields, and why the original was wrong. */
public record AdverseEventCorrectionRequest(LocalDate observedOn, String term, BigDecimal grade, Boolean serious,
                                            List<SeriousCriterion> seriousCriteria, ActionTaken action, Outcome outcome,
                                            Causality causality, String notes, String reason) {

    public AdverseEventRequest event() {
        return new AdverseEventRequest(observedOn, term, grade, serious, seriousCriteria, action, outcome, causality, notes);
    }
}
