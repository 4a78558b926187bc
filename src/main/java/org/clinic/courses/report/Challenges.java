package org.clinic.courses.report;

import org.clinic.courses.adverse.ActionTaken;
import org.clinic.courses.adverse.AdverseEvent;
import org.clinic.courses.adverse.Outcome;
import org.clinic.courses.dose.Administration;
import org.clinic.courses.report.AdverseEventReportRow.Challenge;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Dechallenge and rechallenge answers, read from what the course records show. Pure. */
final class Challenges {
    private final ZoneId zone;

    Challenges(ZoneId zone) {
        this.zone = zone;
    }

    /**
     * Did the event abate when the drug was stopped? Read from the event's own course: the records of
     * the same term from its onset on. The drug counts as stopped on the first withdrawal or
     * interruption for that term, or when the course was stopped while the event went on.
     * NOT_APPLICABLE: the drug was never stopped, the event had already recovered while the drug went
     * on, or the outcome is fatal. YES / NO: the latest record after the stop (before any dose given
     * again) shows it recovered or recovering / not recovered. UNKNOWN: nothing recorded after the stop.
     */
    Challenge dechallenge(AdverseEvent event, List<AdverseEvent> events, List<Administration> doses,
                          Instant courseStoppedAt) {
        List<AdverseEvent> episode = events.stream()
                .filter(e -> !e.voided && sameTerm(e, event) && !e.observedOn.isBefore(event.observedOn))
                .sorted(Comparator.comparing((AdverseEvent e) -> e.observedOn).thenComparing(Challenges::recorded))
                .toList();
        if (episode.stream().anyMatch(e -> e.outcome == Outcome.FATAL)) return Challenge.NOT_APPLICABLE;
        Optional<Instant> stop = episode.stream().filter(e -> drugStopped(e.action)).map(Challenges::recorded)
                .findFirst();
        if (stop.isEmpty() && courseStoppedAt != null && !dayOf(courseStoppedAt).isBefore(event.observedOn)) {
            stop = Optional.of(courseStoppedAt);
        }
        if (stop.isEmpty()) return Challenge.NOT_APPLICABLE;
        Instant stoppedAt = stop.get();
        boolean abatedBefore = episode.stream().filter(e -> recorded(e).isBefore(stoppedAt))
                .anyMatch(e -> e.outcome == Outcome.RECOVERED);
        if (abatedBefore) return Challenge.NOT_APPLICABLE;
        Optional<LocalDate> again = firstGivenAfter(doses, dayOf(stoppedAt));
        Optional<AdverseEvent> after = episode.stream().filter(e -> !recorded(e).isBefore(stoppedAt))
                .filter(e -> again.isEmpty() || e.observedOn.isBefore(again.get()))
                .reduce((first, second) -> second);
        if (after.isEmpty() || after.get().outcome == null) return Challenge.UNKNOWN;
        return switch (after.get().outcome) {
            case RECOVERED, RECOVERING -> Challenge.YES;
            case NOT_RECOVERED -> Challenge.NO;
            case FATAL -> Challenge.NOT_APPLICABLE;
            case UNKNOWN -> Challenge.UNKNOWN;
        };
    }

    private static Instant recorded(AdverseEvent e) {
        return e.recordedAt == null ? e.observedOn.atStartOfDay(java.time.ZoneOffset.UTC).toInstant() : e.recordedAt;
    }

    private LocalDate dayOf(Instant instant) {
        return instant.atZone(zone).toLocalDate();
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

    static boolean drugStopped(ActionTaken action) {
        return action == ActionTaken.INTERRUPTED || action == ActionTaken.WITHDRAWN;
    }

    private static boolean sameTerm(AdverseEvent a, AdverseEvent b) {
        return a.term != null && b.term != null && a.term.strip().equalsIgnoreCase(b.term.strip());
    }
}
