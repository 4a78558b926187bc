package org.clinic.courses.course;

import org.clinic.courses.adverse.ActionTaken;
import org.clinic.courses.adverse.AdverseEvent;
import org.clinic.courses.adverse.Causality;
import org.clinic.courses.adverse.Outcome;
import org.clinic.courses.adverse.SeriousCriterion;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One adverse event as the API shows it (course responses and the adverse-event API). */
public record AdverseEventView(long id, int courseDay, LocalDate observedOn, String term, int grade, boolean serious,
                               List<SeriousCriterion> seriousCriteria, ActionTaken action, Outcome outcome,
                               Causality causality, String recordedBy, String notes, boolean voided,
                               String voidReason, String voidedBy, Instant voidedAt) {
    public static AdverseEventView of(AdverseEvent e) {
        return new AdverseEventView(e.id, e.courseDay, e.observedOn, e.term, e.grade, e.serious,
                List.copyOf(e.seriousCriteria()), e.action, e.outcome, e.causality, e.recordedBy, e.notes, e.voided,
                e.voidReason, e.voidedBy, e.voidedAt);
    }
}
