package org.clinic.courses.safety.rules;

import org.clinic.courses.adverse.ActionTaken;
import org.clinic.courses.adverse.AdverseEvent;
import org.clinic.courses.adverse.Outcome;
import org.clinic.courses.safety.CourseSnapshot;
import org.clinic.courses.safety.FlagCode;
import org.clinic.courses.safety.FlagFinding;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An adverse event with outcome FATAL or action WITHDRAWN, observed within the course's dates on a
 * course that is neither stopped nor signed off: a physician should stop the course. One flag per
 * course (the first such event); stopping the course resolves it. {@link #firstDay} is the day
 * after which no missed dose is judged.
 */
public final class StopCourseReviewRule implements FlagRule {

    @Override
    public List<FlagFinding> findings(CourseSnapshot s) {
        if (s.course().stoppedAt != null || s.course().signedOffAt != null) return List.of();
        return first(s).map(e -> new FlagFinding(FlagCode.STOP_COURSE_REVIEW, FlagFinding.key(FlagCode.STOP_COURSE_REVIEW),
                s.courseDay(e.observedOn), message(s, e), null, e.id)).stream().toList();
    }

    /** The day of the first stopping event within the course, if any (whatever the course's state). */
    public static Optional<LocalDate> firstDay(CourseSnapshot s) {
        return first(s).map(e -> e.observedOn);
    }

    private static Optional<AdverseEvent> first(CourseSnapshot s) {
        return s.events().stream()
                .filter(e -> e.outcome == Outcome.FATAL || e.action == ActionTaken.WITHDRAWN)
                .filter(e -> s.course().covers(e.observedOn))
                .findFirst();
    }

    private static String message(CourseSnapshot s, AdverseEvent e) {
        String why = e.outcome == Outcome.FATAL ? "outcome fatal" : "drug withdrawn";
        return "%s on day %d (%s): the course is still active; a physician should stop it".formatted(
                e.term.strip(), s.courseDay(e.observedOn), why);
    }
}
