package org.clinic.courses.report;

import org.clinic.courses.adverse.ActionTaken;
import org.clinic.courses.adverse.AdverseEvent;
import org.clinic.courses.adverse.Outcome;
import org.clinic.courses.dose.Administration;
import org.clinic.courses.report.AdverseEventReportRow.Challenge;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** Dechallenge and rechallenge answers, read from what the course records show. Pure. */
final class Challenges {
    private final ZoneId zone;

    Challenges(ZoneId zone) {
        this.zone = zone;
    }

    /**
     * YES: recovered or recovering after the drug was interrupted, withdrawn or the course stopped;
     * NO: not recovered (or fatal) after that; UNKNOWN: outcome unknown; NOT_APPLICABLE: the drug
     * was never stopped (continued or only reduced).
     */
    static Challenge dechallenge(AdverseEvent event, boolean courseStopped) {
        boolean stopped = drugStopped(event.action) || courseStopped;
        if (!stopped) return Challenge.NOT_APPLICABLE;
        if (event.outcome == Outcome.RECOVERED || event.outcome == Outcome.RECOVERING) return Challenge.YES;
        if (event.outcome == Outcome.NOT_RECOVERED || event.outcome == Outcome.FATAL) return Challenge.NO;
        return Challenge.UNKNOWN;
    }

    /**
     * For an event after which the drug was stopped: was it given again, and did the same term come
     * back on or after that day (YES) or not (NO)? For a later event of a term that was stopped for
     * earlier and the drug given again in between, the event itself is the recurrence (YES).
     */
    Challenge rechallenge(AdverseEvent event, List<Administration> doses, List<AdverseEvent> events) {
        if (drugStopped(event.action)) {
            Optional<LocalDate> again = firstGivenAfter(doses, event.observedOn);
            if (again.isEmpty()) return Challenge.NOT_APPLICABLE;
            boolean recurred = events.stream().filter(e -> e != event && !e.voided && sameTerm(e, event))
                    .anyMatch(e -> !e.observedOn.isBefore(again.get()));
            return recurred ? Challenge.YES : Challenge.NO;
        }
        boolean recurrence = events.stream()
                .filter(e -> e != event && !e.voided && sameTerm(e, event) && drugStopped(e.action))
                .filter(e -> e.observedOn.isBefore(event.observedOn))
                .anyMatch(e -> firstGivenAfter(doses, e.observedOn)
                        .filter(d -> !d.isAfter(event.observedOn)).isPresent());
        return recurrence ? Challenge.YES : Challenge.NOT_APPLICABLE;
    }

    private Optional<LocalDate> firstGivenAfter(List<Administration> doses, LocalDate day) {
        return doses.stream().filter(Administration::given)
                .map(d -> d.administeredAt.atZone(zone).toLocalDate())
                .filter(d -> d.isAfter(day))
                .min(LocalDate::compareTo);
    }

    private static boolean drugStopped(ActionTaken action) {
        return action == ActionTaken.INTERRUPTED || action == ActionTaken.WITHDRAWN;
    }

    private static boolean sameTerm(AdverseEvent a, AdverseEvent b) {
        return a.term != null && b.term != null && a.term.strip().equalsIgnoreCase(b.term.strip());
    }
}
