package org.clinic.courses.safety;

import org.clinic.courses.course.TreatmentCourse;
import org.clinic.courses.dose.Administration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Issue 9 (independent review): a second course of the same drug for the same patient. Overlapping
 * dates raise OVERLAPPING_COURSE; the drug's daily maximum judges the patient's total across courses.
 */
class OverlappingCourseRulesTest {

    /** The fixture's course runs day 1..21 (2026-11-20 to 2026-12-10). */
    private static TreatmentCourse other(Fixture f, int startDay, int length) {
        TreatmentCourse o = new TreatmentCourse();
        o.id = 99L;
        o.patient = f.course.patient;
        o.drugCode = "cerebrolysin";
        o.route = f.course.route;
        o.dailyVolumeMl = new BigDecimal("30");
        o.startDate = Fixture.day(startDay);
        o.lengthDays = length;
        o.schedule = f.course.schedule;
        return o;
    }

    @ParameterizedTest(name = "other course from day {0} for {1} days: {2} flag(s)")
    @CsvSource({
            "-8, 10, 1",  // ends on day 1: one shared day
            "-8, 9, 0",   // ends the day before day 1
            "21, 5, 1",   // starts on the last day
            "22, 5, 0",   // starts the day after the last day
            "5, 3, 1",    // inside
            "-5, 40, 1"}) // around
    void overlapIsJudgedByDatesAtBothEnds(int startDay, int length, int expected) {
        Fixture f = new Fixture();
        f.today = Fixture.day(1);
        f.others.add(new CourseSnapshot.OtherCourse(other(f, startDay, length), List.of()));
        List<FlagFinding> found = f.findings(FlagCode.OVERLAPPING_COURSE);
        assertEquals(expected, found.size(), found.toString());
        if (expected == 1) {
            assertEquals(FlagSeverity.WARNING, found.get(0).severity());
            assertTrue(found.get(0).message().startsWith(
                    "Another course of the same drug for this patient overlaps these dates"), found.get(0).message());
        }
    }

    @Test
    void aStoppedCourseOverlapsOnlyUpToTheDayItWasStoppedAndASignedOffOneNotAtAll() {
        Fixture f = new Fixture();
        TreatmentCourse o = other(f, -5, 10); // would overlap days 1..4
        o.stoppedAt = Fixture.at(Fixture.day(0), 18, 0); // stopped the evening before day 1
        f.others.add(new CourseSnapshot.OtherCourse(o, List.of()));
        assertTrue(f.findings(FlagCode.OVERLAPPING_COURSE).isEmpty());
        o.stoppedAt = Fixture.at(Fixture.day(1), 8, 0); // stopped on day 1: shares that day
        assertEquals(1, f.findings(FlagCode.OVERLAPPING_COURSE).size());
        o.stoppedAt = null;
        o.signedOffAt = Fixture.at(Fixture.day(5), 8, 0);
        assertTrue(f.findings(FlagCode.OVERLAPPING_COURSE).isEmpty());
    }

    @Test
    void noFlagWithoutAnotherCourseAndOnePerOtherCourse() {
        Fixture f = new Fixture();
        assertTrue(f.findings(FlagCode.OVERLAPPING_COURSE).isEmpty());
        TreatmentCourse a = other(f, 3, 5);
        TreatmentCourse b = other(f, 10, 5);
        b.id = 100L;
        f.others.add(new CourseSnapshot.OtherCourse(a, List.of()));
        f.others.add(new CourseSnapshot.OtherCourse(b, List.of()));
        assertEquals(2, f.findings(FlagCode.OVERLAPPING_COURSE).size());
    }

    private static Administration dose(Fixture f, TreatmentCourse on, int day, int hour, String ml) {
        Administration a = f.give(day, on.route, ml, "100", 30);
        f.administrations.remove(a);
        a.course = on;
        a.administeredAt = Fixture.at(Fixture.day(day), hour, 0);
        return a;
    }

    @ParameterizedTest(name = "{0} ml here after {1} ml on the other course: {2} flag(s)")
    @CsvSource({"30, 30, 1", "30, 20, 0", "30, 21, 1", "20, 30, 0"})
    void theDailyMaximumJudgesThePatientsTotalAcrossCourses(String here, String there, int expected) {
        Fixture f = new Fixture(); // Cerebrolysin's daily maximum is 50 ml
        f.course.dailyVolumeMl = new BigDecimal("30");
        TreatmentCourse o = other(f, 1, 10);
        f.others.add(new CourseSnapshot.OtherCourse(o, List.of(dose(f, o, 2, 8, there))));
        f.give(2, f.course.route, here, "100", 30).administeredAt = Fixture.at(Fixture.day(2), 10, 0);
        List<FlagFinding> found = f.findings(FlagCode.DAILY_VOLUME_OUT_OF_RANGE);
        assertEquals(expected, found.size(), found.toString());
        if (expected == 1) {
            assertTrue(found.get(0).message().contains("across this patient's courses"), found.get(0).message());
            assertTrue(found.get(0).message().contains("above the daily maximum of 50 ml"), found.get(0).message());
        }
    }

    @Test
    void theFlagGoesOnTheCourseWhoseDoseTookTheTotalOverAndVoidedOrOtherDayDosesDoNotCount() {
        Fixture f = new Fixture();
        TreatmentCourse o = other(f, 1, 10);
        Administration later = dose(f, o, 2, 12, "30");
        f.others.add(new CourseSnapshot.OtherCourse(o, List.of(later)));
        f.give(2, f.course.route, "30", "100", 30).administeredAt = Fixture.at(Fixture.day(2), 9, 0);
        assertTrue(f.findings(FlagCode.DAILY_VOLUME_OUT_OF_RANGE).isEmpty(), "the other course's later dose went over");

        Fixture g = new Fixture();
        TreatmentCourse p = other(g, 1, 10);
        Administration voided = dose(g, p, 2, 8, "30");
        voided.voided = true;
        Administration yesterday = dose(g, p, 1, 8, "30");
        g.others.add(new CourseSnapshot.OtherCourse(p, List.of(voided, yesterday)));
        g.give(2, g.course.route, "30", "100", 30).administeredAt = Fixture.at(Fixture.day(2), 10, 0);
        assertTrue(g.findings(FlagCode.DAILY_VOLUME_OUT_OF_RANGE).isEmpty());
    }
}
