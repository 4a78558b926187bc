package org.clinic.courses.safety.rules;

import org.clinic.courses.course.TreatmentCourse;
import org.clinic.courses.safety.CourseSnapshot;
import org.clinic.courses.safety.CourseSnapshot.OtherCourse;
import org.clinic.courses.safety.FlagCode;
import org.clinic.courses.safety.FlagFinding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * OVERLAPPING_COURSE: another course of the same drug for this patient runs on some of the same
 * days, so the patient may be given the drug twice. One flag per other course. A stopped course
 * counts up to the day it was stopped (doses may have been given that day); a signed-off one not at
 * all once it is signed off (it was reviewed as finished).
 */
public final class OverlappingCourseRule implements FlagRule {

    @Override
    public List<FlagFinding> findings(CourseSnapshot s) {
        Optional<LocalDate> lastDay = lastDay(s.course(), s);
        if (lastDay.isEmpty() || s.course().startDate == null) return List.of();
        List<FlagFinding> out = new ArrayList<>();
        for (OtherCourse other : s.otherCourses()) {
            TreatmentCourse o = other.course();
            Optional<LocalDate> otherLast = lastDay(o, s);
            if (otherLast.isEmpty() || o.startDate == null) continue;
            LocalDate from = max(s.course().startDate, o.startDate);
            LocalDate to = min(lastDay.get(), otherLast.get());
            if (from.isAfter(to)) continue;
            String message = ("Another course of the same drug for this patient overlaps these dates: course %s "
                    + "(%s to %s, %s a day) runs from %s to %s alongside this one; check the patient's total daily dose")
                    .formatted(o.id == null ? "not saved" : o.id, o.startDate, otherLast.get(), Refs.ml(o.dailyVolumeMl),
                            from, to);
            Integer day = s.course().covers(s.today()) ? s.courseDay(s.today()) : null;
            out.add(new FlagFinding(FlagCode.OVERLAPPING_COURSE,
                    FlagFinding.key(FlagCode.OVERLAPPING_COURSE, "course:" + o.id), day, message, null, null));
        }
        return out;
    }

    /** The last day the course can be given: its end date, the day it was stopped, none once signed off. */
    private static Optional<LocalDate> lastDay(TreatmentCourse c, CourseSnapshot s) {
        if (c.signedOffAt != null || c.startDate == null || c.lengthDays < 1) return Optional.empty();
        LocalDate end = c.endDate();
        if (c.stoppedAt != null) end = min(end, s.dayOf(c.stoppedAt));
        return Optional.of(end);
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
