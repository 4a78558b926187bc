package org.clinic.courses.safety;

import org.clinic.courses.adverse.ActionTaken;
import org.clinic.courses.adverse.AdverseEvent;
import org.clinic.courses.adverse.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import static org.clinic.courses.safety.FlagCode.*;
import static org.junit.jupiter.api.Assertions.*;

/** Issue 9, group 5: a stopping adverse event, a back-filled course's grace period, one flag per cause. */
class CourseLifeRulesTest {

    private static List<Integer> missedDays(Fixture f) {
        return f.findings(MISSED_DOSE).stream().map(FlagFinding::courseDay).toList();
    }

    private static List<Integer> days(int from, int to) {
        return IntStream.rangeClosed(from, to).boxed().toList();
    }

    @ParameterizedTest(name = "outcome {0}, action {1} -> review {2}")
    @CsvSource({
            "FATAL, NONE, true", "RECOVERED, WITHDRAWN, true", "NOT_RECOVERED, WITHDRAWN, true",
            "NOT_RECOVERED, INTERRUPTED, false", "RECOVERING, DOSE_REDUCED, false", "UNKNOWN, NONE, false"})
    void aFatalOutcomeOrAWithdrawnDrugAsksForTheCourseToBeStopped(Outcome outcome, ActionTaken action, boolean review) {
        Fixture f = new Fixture();
        f.today = Fixture.day(5);
        f.infusions(1, 4);
        AdverseEvent e = f.event(4, "Anaphylactic shock", outcome == Outcome.FATAL ? 5 : 3);
        e.outcome = outcome;
        e.action = action;
        List<FlagFinding> found = f.findings(STOP_COURSE_REVIEW);
        assertEquals(review ? 1 : 0, found.size());
        if (review) {
            assertEquals(4, found.get(0).courseDay());
            assertEquals(e.id, found.get(0).adverseEventId());
            assertEquals(FlagSeverity.CRITICAL, found.get(0).severity());
        }
    }

    @Test
    void twoStoppingEventsAreOneReviewNamingTheFirst() {
        Fixture f = new Fixture();
        f.today = Fixture.day(8);
        AdverseEvent first = f.event(3, "Rash", 2);
        first.action = ActionTaken.WITHDRAWN;
        f.event(5, "Vomiting", 3).action = ActionTaken.WITHDRAWN;
        List<FlagFinding> found = f.findings(STOP_COURSE_REVIEW);
        assertEquals(1, found.size());
        assertEquals(first.id, found.get(0).adverseEventId());
    }

    @Test
    void aStoppedCourseOrAVoidedEventNeedsNoReview() {
        Fixture f = new Fixture();
        f.today = Fixture.day(5);
        AdverseEvent e = f.event(3, "Rash", 2);
        e.action = ActionTaken.WITHDRAWN;
        assertEquals(1, f.findings(STOP_COURSE_REVIEW).size());
        e.voided = true;
        assertEquals(0, f.findings(STOP_COURSE_REVIEW).size());
        e.voided = false;
        f.course.stoppedAt = Fixture.at(Fixture.day(4), 10, 0);
        assertEquals(0, f.findings(STOP_COURSE_REVIEW).size());
    }

    @Test
    void noMissedDoseIsJudgedAfterTheDayOfAStoppingEvent() {
        Fixture f = new Fixture();
        f.today = Fixture.day(10);
        f.event(3, "Seizure", 3).action = ActionTaken.WITHDRAWN;
        assertEquals(days(1, 3), missedDays(f), "days 1-3 judged, the event day included; 4-9 not");
    }

    @Test
    void aStoppingEventAfterTheCourseEndedIsNoReviewAndStopsNothing() {
        Fixture f = new Fixture();
        f.infusions(1, 21);
        f.today = Fixture.day(30);
        f.event(25, "Death", 5).outcome = Outcome.FATAL;
        assertEquals(0, f.findings(STOP_COURSE_REVIEW).size());
        assertEquals(List.of(), missedDays(f));
    }

    /** Course starts on day 1 (2026-11-20); entered at 10:00 on the given course day. */
    @ParameterizedTest(name = "entered day {0}, today day {1} -> missed {2}")
    @CsvSource({
            "1, 6, 1-2-3-4-5",   // entered on its start date: no grace
            "5, 5, ''",          // entered today, days 1-4 not judged yet
            "5, 6, 5",           // the day after entry: days 1-4 still in grace; the entry day itself has ended
            "5, 7, 1-2-3-4-5-6", // grace over at the end of the day after entry
            "3, 5, 1-2-3-4"})
    void aBackFilledCourseHasUntilTheEndOfTheDayAfterEntry(int enteredDay, int todayDay, String expected) {
        Fixture f = new Fixture();
        f.course.createdAt = Fixture.at(Fixture.day(enteredDay), 10, 0);
        f.today = Fixture.day(todayDay);
        List<Integer> want = expected.isEmpty() ? List.of()
                : java.util.Arrays.stream(expected.split("-")).map(Integer::valueOf).toList();
        assertEquals(want, missedDays(f));
    }

    @Test
    void backFilledDaysClearTheGraceWithoutFlags() {
        Fixture f = new Fixture();
        f.course.createdAt = Fixture.at(Fixture.day(5), 16, 0);
        f.infusions(1, 6);
        f.today = Fixture.day(9);
        assertEquals(List.of(7, 8), missedDays(f));
    }

    @Test
    void aCoursePrescribedAheadOfItsStartIsJudgedFromItsStart() {
        Fixture f = new Fixture();
        f.course.createdAt = Fixture.at(Fixture.START.minusDays(3), 10, 0);
        f.today = Fixture.day(3);
        assertEquals(List.of(1, 2), missedDays(f));
    }

    @Test
    void screeningFlagsFoundMidCourseCarryTheDayTheyWereFound() {
        Fixture f = new Fixture();
        f.condition("Epilepsy", null);
        f.today = Fixture.day(6);
        assertEquals(6, f.findings(CONTRAINDICATION).get(0).courseDay());
        f.today = Fixture.START.minusDays(1);
        assertNull(f.findings(CONTRAINDICATION).get(0).courseDay(), "found before the course started");
        f.today = LocalDate.of(2026, 12, 20);
        assertNull(f.findings(CONTRAINDICATION).get(0).courseDay(), "found after it ended");
    }
}
