package org.clinic.courses.adverse;

import org.clinic.courses.course.TreatmentCourse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Issue 9, group 5: side effects after the course, within the catalog's follow-up days. */
class FollowUpWindowTest {
    private static final ZoneId ZONE = ZoneId.of("Europe/Vienna");
    private static final LocalDate START = LocalDate.of(2026, 11, 1); // 10 days: last day 2026-11-10

    private static TreatmentCourse course() {
        TreatmentCourse c = new TreatmentCourse();
        c.startDate = START;
        c.lengthDays = 10;
        return c;
    }

    @ParameterizedTest(name = "{0} with {1} follow-up days -> recordable {2}, follow-up {3}")
    @CsvSource({
            "2026-10-31, 30, false, false", // before the start
            "2026-11-01, 30, true, false",
            "2026-11-10, 30, true, false",  // the last day of the course
            "2026-11-11, 30, true, true",   // the first follow-up day
            "2026-12-10, 30, true, true",   // the 30th day after the last
            "2026-12-11, 30, false, false", // the 31st
            "2026-11-11, 0, false, false",  // no follow-up in the catalog
            "2026-11-11, , false, false"})
    void theWindowRunsFromTheStartToTheFollowUpDaysAfterTheLastDay(LocalDate day, Integer followUp, boolean recordable,
                                                                   boolean isFollowUp) {
        FollowUpWindow w = FollowUpWindow.of(course(), followUp, ZONE);
        assertEquals(recordable, w.contains(day));
        assertEquals(isFollowUp, w.isFollowUp(day));
    }

    @ParameterizedTest(name = "stopped on {0}: {1} is follow-up {2}")
    @CsvSource({
            "2026-11-05, 2026-11-05, false", // the stop day is a day of treatment
            "2026-11-05, 2026-11-06, true",
            "2026-11-05, 2026-12-05, true",  // 30 days after the stop
            "2026-11-05, 2026-12-06, false"})
    void aStoppedCourseCountsFromTheDayItWasStopped(LocalDate stopped, LocalDate day, boolean followUp) {
        TreatmentCourse c = course();
        c.stoppedAt = stopped.atTime(15, 0).atZone(ZONE).toInstant();
        assertEquals(followUp, FollowUpWindow.of(c, 30, ZONE).isFollowUp(day));
    }
}
