package org.clinic.courses.adverse;

import org.clinic.courses.safety.Flag;
import org.clinic.courses.safety.FlagView;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A stored adverse event as the API answers it, with the flags this entry raised. */
public record AdverseEventResponse(long id, int courseDay, LocalDate observedOn, String term, int grade, boolean serious,
                                   List<SeriousCriterion> seriousCriteria, ActionTaken action, Outcome outcome,
                                   Causality causality, String recordedBy, String notes, boolean voided,
                                   String voidReason, String voidedBy, Instant voidedAt, List<FlagView> flags) {

    public static AdverseEventResponse of(AdverseEvent e, List<Flag> flags) {
        return new AdverseEventResponse(e.id, e.courseDay, e.observedOn, e.term, e.grade, e.serious,
                List.copyOf(e.seriousCriteria()), e.action, e.outcome, e.causality, e.recordedBy, e.notes, e.voided,
                e.voidReason, e.voidedBy, e.voidedAt, flags.stream().map(FlagView::of).toList());
    }
}
