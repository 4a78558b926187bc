package org.clinic.courses.safety.rules;

import org.clinic.courses.dose.Administration;
import org.clinic.courses.safety.CourseSnapshot;
import org.clinic.courses.safety.FlagCode;
import org.clinic.courses.safety.FlagFinding;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A due course day (DAILY: every day; WEEKDAYS: Monday to Friday) that has ended in the clinic's
 * zone with no non-voided administration of any status (a HELD or REFUSED entry is a record,
 * not a miss). Nothing is judged from the day the course was stopped or signed off onwards, nor
 * after the day of an adverse event that calls for stopping it (fatal, or drug withdrawn). A course
 * entered after its start date (back-filled from paper) has its days before the entry judged only
 * once the day after the entry has ended, so the nurse can back-fill them first.
 */
public final class MissedDoseRule implements FlagRule {

    @Override
    public List<FlagFinding> findings(CourseSnapshot s) {
        Set<LocalDate> recorded = s.recorded().stream()
                .map((Administration a) -> s.dayOf(a.administeredAt))
                .collect(Collectors.toSet());
        LocalDate cutoff = earliest(s, s.today(), s.course().stoppedAt, s.course().signedOffAt);
        LocalDate stopDay = StopCourseReviewRule.firstDay(s).map(d -> d.plusDays(1)).orElse(null);
        if (stopDay != null && stopDay.isBefore(cutoff)) cutoff = stopDay;
        LocalDate firstJudged = firstJudgedDay(s);
        return s.schedule().dueDatesBetween(firstJudged, cutoff.minusDays(1)).stream()
                .filter(d -> !recorded.contains(d))
                .map(d -> new FlagFinding(FlagCode.MISSED_DOSE, FlagFinding.key(FlagCode.MISSED_DOSE, d),
                        s.courseDay(d), "No administration recorded on day %d (%s)".formatted(s.courseDay(d), d),
                        null, null))
                .toList();
    }

    /** The start date, or for a back-filled course still in its grace period, the day it was entered. */
    static LocalDate firstJudgedDay(CourseSnapshot s) {
        LocalDate start = s.course().startDate;
        if (s.course().createdAt == null) return start;
        LocalDate entered = s.dayOf(s.course().createdAt);
        boolean graceOver = s.today().isAfter(entered.plusDays(1));
        return entered.isAfter(start) && !graceOver ? entered : start;
    }

    /** The first day not to judge: today (not ended yet), or the day of a stop or sign-off. */
    private static LocalDate earliest(CourseSnapshot s, LocalDate today, Instant stop, Instant signOff) {
        LocalDate cutoff = today;
        for (Instant end : new Instant[]{stop, signOff}) {
            if (end != null && s.dayOf(end).isBefore(cutoff)) cutoff = s.dayOf(end);
        }
        return cutoff;
    }
}
