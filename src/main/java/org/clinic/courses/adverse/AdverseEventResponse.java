package org.clinic.courses.adverse;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.clinic.courses.safety.Flag;
import org.clinic.courses.safety.FlagView;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An adverse event as the API shows it: in course responses (no flags) and as the answer to
 * recording one (with the flags that entry raised). {@code replacesId}: the voided event this one corrects.
 */
public record AdverseEventResponse(long id, int courseDay, LocalDate observedOn, String term, int grade, boolean serious,
                                   List<SeriousCriterion> seriousCriteria, ActionTaken action, Outcome outcome,
                                   Causality causality, String recordedBy, String notes, boolean voided,
                                   String voidReason, String voidedBy, Instant voidedAt, Long replacesId,
                                   @JsonInclude(JsonInclude.Include.NON_NULL) List<FlagView> flags) {

    public static AdverseEventResponse of(AdverseEvent e, List<Flag> flags) {
        return new AdverseEventResponse(e.id, e.courseDay, e.observedOn, e.term, e.grade, e.serious,
                List.copyOf(e.seriousCriteria()), e.action, e.outcome, e.causality, e.recordedBy, e.notes, e.voided,
                e.voidReason, e.voidedBy, e.voidedAt, e.replacesId, flags == null ? null : flags.stream().map(FlagView::of).toList());
    }
}
