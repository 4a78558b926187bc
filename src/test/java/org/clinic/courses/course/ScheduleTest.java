package org.clinic.courses.course;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.*;

class ScheduleTest {

    /** 2026-11-20 is a Friday. */
    private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 20);

    @ParameterizedTest
    @CsvSource({
            "2026-11-19, false, false", // before the start
            "2026-11-20, true,  true",  // Friday, day 1
            "2026-11-21, true,  false", // Saturday
            "2026-11-22, true,  false", // Sunday
            "2026-11-23, true,  true",  // Monday
            "2026-12-10, true,  true",  // Thursday, day 21: the last day
            "2026-12-11, false, false", // day 22: after the end
    })
    void dueDays(LocalDate date, boolean dueDaily, boolean dueWeekdays) {
        assertEquals(dueDaily, new Schedule(FRIDAY, 21, ScheduleType.DAILY).isDue(date));
        assertEquals(dueWeekdays, new Schedule(FRIDAY, 21, ScheduleType.WEEKDAYS).isDue(date));
    }

    @Test
    void courseDaysAndDates() {
        Schedule s = new Schedule(FRIDAY, 21, ScheduleType.DAILY);
        assertEquals(1, s.courseDay(FRIDAY));
        assertEquals(21, s.courseDay(s.endDate()));
        assertEquals(LocalDate.of(2026, 12, 10), s.endDate());
        assertEquals(LocalDate.of(2026, 11, 22), s.dateOf(3));
        assertTrue(s.isDue(21));
        assertFalse(s.isDue(22));
    }

    @Test
    void fourWeeksOfWeekdaysAreTwentyAdministrations() {
        Schedule monday = new Schedule(LocalDate.of(2026, 11, 23), 28, ScheduleType.WEEKDAYS);
        assertEquals(20, monday.dueCount());
        Schedule friday = new Schedule(FRIDAY, 28, ScheduleType.WEEKDAYS);
        assertEquals(20, friday.dueCount());
        assertEquals(2, friday.dueCountThrough(LocalDate.of(2026, 11, 23)));
        assertEquals(28, new Schedule(FRIDAY, 28, ScheduleType.DAILY).dueCount());
    }

    @Test
    void dueDatesBetweenIsClippedToTheCourse() {
        Schedule s = new Schedule(FRIDAY, 3, ScheduleType.DAILY);
        assertEquals(3, s.dueDatesBetween(FRIDAY.minusDays(10), FRIDAY.plusDays(10)).size());
        assertTrue(s.dueDatesBetween(FRIDAY, FRIDAY.minusDays(1)).isEmpty());
    }

    @ParameterizedTest
    @CsvSource({
            "2026-11-20T22:30:00Z, UTC,           1",
            "2026-11-20T23:30:00Z, Europe/Vienna, 2", // already 00:30 on the 21st in Vienna
            "2026-11-20T03:00:00Z, America/New_York, 0", // still the 19th in New York
    })
    void theClinicZoneDecidesTheCourseDay(Instant at, ZoneId zone, int courseDay) {
        assertEquals(courseDay, new Schedule(FRIDAY, 21, ScheduleType.DAILY).courseDay(at, zone));
    }

    @Test
    void rejectsEmptyCourses() {
        assertThrows(IllegalArgumentException.class, () -> new Schedule(FRIDAY, 0, ScheduleType.DAILY));
    }
}
