package org.clinic.courses.review;

import org.clinic.courses.course.CourseSheet;
import org.clinic.courses.safety.Flag;
import org.clinic.courses.safety.FlagSeverity;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What a physician should see before signing a course off: which due days so far have no given dose,
 * which due days are still to come, and which flags still want attention. Pure: built from a course sheet.
 */
public record SignOffSummary(int courseDay, int length, boolean ended, LocalDate endDate, List<Integer> notGiven,
                             List<Integer> toCome, List<Flag> activeFlags, long blockingCritical) {

    public static SignOffSummary of(CourseSheet sheet, LocalDate today) {
        var c = sheet.record().course();
        int day = (int) Math.max(0, Math.min(c.lengthDays, c.courseDayOf(today)));
        List<Integer> notGiven = sheet.days().stream()
                .filter(d -> d.due() && !d.date().isAfter(today) && !"given".equals(d.state()))
                .map(CourseSheet.Day::number).toList();
        List<Integer> toCome = sheet.days().stream().filter(d -> d.due() && d.date().isAfter(today))
                .map(CourseSheet.Day::number).toList();
        List<Flag> active = sheet.record().flags().stream().filter(Flag::active).toList();
        long critical = active.stream().filter(f -> f.severity == FlagSeverity.CRITICAL).count();
        return new SignOffSummary(day, c.lengthDays, c.endDate().isBefore(today), c.endDate(), notGiven, toCome, active,
                critical);
    }

    public String notGivenDays() {
        return days(notGiven);
    }

    public String toComeDays() {
        return days(toCome);
    }

    public boolean blocked() {
        return blockingCritical > 0;
    }

    /** Day numbers in words a nurse writes them: "3, 5, 6". */
    private static String days(List<Integer> days) {
        return days.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
