package org.clinic.courses.safety;

import org.clinic.courses.course.ScheduleType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static org.clinic.courses.safety.FlagCode.*;
import static org.junit.jupiter.api.Assertions.*;

class CourseRulesTest {

    private static List<Integer> missedDays(Fixture f) {
        return f.findings(MISSED_DOSE).stream().map(FlagFinding::courseDay).toList();
    }

    @Test
    void aDueDayWithoutAnyRecordIsMissedOnceItHasEnded() {
        Fixture f = new Fixture();
        f.infusion(1);
        f.infusion(3);
        f.today = Fixture.day(4);
        assertEquals(List.of(2), missedDays(f), "day 4 (today) has not ended");
        assertEquals("No administration recorded on day 2 (2026-11-21)", f.findings(MISSED_DOSE).get(0).message());
    }

    @ParameterizedTest(name = "today = day {0} -> missed {1}")
    @CsvSource({"1, ''", "2, 1", "3, 1-2"})
    void todayIsNeverMissed(int todayDay, String expected) {
        Fixture f = new Fixture();
        f.today = Fixture.day(todayDay);
        assertEquals(parse(expected), missedDays(f));
    }

    @Test
    void heldOrRefusedIsARecordNotAMiss() {
        Fixture f = new Fixture();
        f.today = Fixture.day(3);
        f.infusion(1);
        f.held(2);
        assertEquals(List.of(), missedDays(f));
    }

    @Test
    void aVoidedAdministrationLeavesTheDayMissed() {
        Fixture f = new Fixture();
        f.today = Fixture.day(3);
        f.infusion(1);
        f.infusion(2).voided = true;
        assertEquals(List.of(2), missedDays(f));
    }

    @ParameterizedTest(name = "today = {0} -> missed days {1}")
    @CsvSource({
            "2026-12-10, 1-2-3-4-5-6-7-8-9-10-11-12-13-14-15-16-17-18-19-20", // day 21 is today
            "2026-12-11, 1-2-3-4-5-6-7-8-9-10-11-12-13-14-15-16-17-18-19-20-21", // the last day has ended
            "2027-01-31, 1-2-3-4-5-6-7-8-9-10-11-12-13-14-15-16-17-18-19-20-21", // nothing after the end
    })
    void theLastDayOfTheCourse(LocalDate today, String expected) {
        Fixture f = new Fixture();
        f.today = today;
        assertEquals(parse(expected), missedDays(f));
    }

    @Test
    void weekendsAreNotDueOnWeekdayCourses() {
        Fixture f = new Fixture(); // starts Friday 2026-11-20
        f.course.schedule = ScheduleType.WEEKDAYS;
        f.course.lengthDays = 28;
        f.today = Fixture.day(5); // Tuesday
        f.infusion(1);
        assertEquals(List.of(4), missedDays(f), "Saturday (2) and Sunday (3) are not due; Monday (4) is");
        f.today = Fixture.day(40);
        assertEquals(19, missedDays(f).size(), "20 due days in 4 weeks, one given");
    }

    @Test
    void aStoppedCourseMissesNothingFromTheStopDay() {
        Fixture f = new Fixture();
        f.infusions(1, 3);
        f.course.stoppedAt = Fixture.at(Fixture.day(5), 10, 0);
        f.today = Fixture.day(15);
        assertEquals(List.of(4), missedDays(f), "day 4 was missed; day 5 is the stop day; later days are not due");
    }

    @Test
    void aSignedOffCourseMissesNothingAfterTheSignOff() {
        Fixture f = new Fixture();
        f.infusions(1, 10);
        f.course.signedOffAt = Fixture.at(Fixture.day(11), 8, 0);
        f.today = Fixture.day(25);
        assertEquals(List.of(), missedDays(f));
    }

    @Test
    void aPlannedCourseMissesNothing() {
        Fixture f = new Fixture();
        f.today = Fixture.START.minusDays(3);
        assertEquals(List.of(), missedDays(f));
    }

    /** Onset 2026-11-19 12:00 Vienna; the first infusion N hours later. */
    @ParameterizedTest(name = "{0} h after onset -> {1}")
    @CsvSource({"71, 0", "72, 0", "73, 1"})
    void lateStartAfterTheProtocolWindow(int hours, int expected) {
        Fixture f = new Fixture();
        f.course.onsetAt = Fixture.at(LocalDate.of(2026, 11, 19), 12, 0);
        var first = f.infusion(1);
        first.administeredAt = f.course.onsetAt.plus(Duration.ofHours(hours));
        assertEquals(expected, f.findings(LATE_START).size());
    }

    @Test
    void lateStartMessageUsesTheProtocolMatchedByUsSpelling() {
        Fixture f = new Fixture();
        f.course.indication = "acute ischemic stroke";
        f.course.onsetAt = Fixture.at(LocalDate.of(2026, 11, 19), 12, 0);
        var first = f.infusion(1);
        first.administeredAt = f.course.onsetAt.plus(Duration.ofMinutes(72 * 60 + 30));
        FlagFinding finding = f.findings(LATE_START).get(0);
        assertEquals("Course started 72 h 30 min after symptom onset; the Acute ischaemic stroke protocol allows up to 72 h",
                finding.message());
        assertEquals(first.id, finding.administrationId());
    }

    @ParameterizedTest(name = "onset {0} h before the start date -> {1}")
    @CsvSource({"72, 0", "73, 1"})
    void withoutADoseTheStartIsMidnightOfTheStartDate(int hoursBefore, int expected) {
        Fixture f = new Fixture();
        f.course.onsetAt = Fixture.at(Fixture.START, 0, 0).minus(Duration.ofHours(hoursBefore));
        f.today = Fixture.START;
        assertEquals(expected, f.findings(LATE_START).size());
    }

    @Test
    void noLateStartWithoutOnsetOrWithoutAWindow() {
        Fixture f = new Fixture();
        f.infusion(1);
        assertTrue(f.findings(LATE_START).isEmpty(), "onset unknown");
        f.course.onsetAt = Fixture.at(Fixture.START.minusDays(10), 8, 0);
        f.course.indication = "Traumatic brain injury";
        assertTrue(f.findings(LATE_START).isEmpty(), "the TBI protocol sets no window");
    }

    @ParameterizedTest(name = "born {0} -> {1}")
    @CsvSource({
            "2008-11-21, 1", // 17 on the start date (18th birthday the day after)
            "2008-11-20, 0", // 18th birthday on the start date
            "1950-03-02, 0",
    })
    void ageBelowTheMinimumOnTheStartDate(LocalDate birthDate, int expected) {
        Fixture f = new Fixture();
        f.birthDate = birthDate;
        assertEquals(expected, f.findings(AGE_NOT_RECOMMENDED).size());
    }

    @Test
    void ageMessage() {
        Fixture f = new Fixture();
        f.birthDate = LocalDate.of(2010, 1, 1);
        assertEquals("Patient is 16 at the start of the course; Cerebrolysin is not recommended under 18",
                f.findings(AGE_NOT_RECOMMENDED).get(0).message());
    }

    private static List<Integer> parse(String days) {
        if (days.isBlank()) return List.of();
        return java.util.Arrays.stream(days.split("-")).map(Integer::valueOf).toList();
    }
}
