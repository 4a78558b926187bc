package org.clinic.courses.adverse;

import org.clinic.courses.dose.FormInput;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** One adverse event as the API and the forms submit it; the grade is a decimal so 1.5 is refused, not truncated. */
public record AdverseEventRequest(LocalDate observedOn, String term, BigDecimal grade, Boolean serious,
                                  List<SeriousCriterion> seriousCriteria, ActionTaken action, Outcome outcome,
                                  Causality causality, String notes) {

    public AdverseEventRequest normalised() {
        return new AdverseEventRequest(observedOn, FormInput.text(term), grade, serious,
                seriousCriteria == null ? List.of() : seriousCriteria, action, outcome, causality, FormInput.text(notes));
    }
}
