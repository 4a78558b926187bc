package org.clinic.courses.chart;

import org.clinic.courses.adverse.AdverseEvent;
import org.clinic.courses.course.CourseRecord;
import org.clinic.courses.course.CourseSheet;
import org.clinic.courses.course.Route;
import org.clinic.courses.course.ScheduleType;
import org.clinic.courses.course.TreatmentCourse;
import org.clinic.courses.dose.Administration;
import org.clinic.courses.dose.AdministrationStatus;
import org.clinic.courses.patient.Patient;
import org.clinic.courses.safety.Flag;
import org.clinic.courses.safety.FlagCode;
import org.clinic.courses.safety.FlagSeverity;
import org.clinic.courses.safety.FlagStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The course chart computed from constructed records: statuses, bars, the side-effect grid and flag markers. */
class CourseChartTest {
    static final ZoneId ZONE = ZoneId.of("Europe/Vienna");
    static final LocalDate START = LocalDate.of(2026, 11, 20);
    static final LocalDate TODAY = START.plusDays(3); // course day 4 of 5

    private final TreatmentCourse course = new TreatmentCourse();

    CourseChartTest() {
        course.id = 1L;
        course.patient = new Patient();
        course.drugCode = "cerebrolysin";
        course.route = Route.IV_INFUSION;
        course.dailyVolumeMl = new BigDecimal("30");
        course.startDate = START;
        course.lengthDays = 5;
        course.schedule = ScheduleType.DAILY;
    }

    private Administration dose(int day, AdministrationStatus status, String ml, String lot, boolean voided) {
        Administration a = new Administration();
        a.course = course;
        a.courseDay = day;
        a.administeredAt = START.plusDays(day - 1).atTime(9, 0).atZone(ZONE).toInstant();
        a.route = Route.IV_INFUSION;
        a.status = status;
        a.volumeMl = new BigDecimal(ml);
        a.lotNumber = lot;
        a.recordedBy = "nurse" + day;
        a.voided = voided;
        return a;
    }

    private AdverseEvent event(int day, String term, int grade, boolean serious) {
        AdverseEvent e = new AdverseEvent();
        e.course = course;
        e.courseDay = day;
        e.term = term;
        e.grade = grade;
        e.serious = serious;
        return e;
    }

    private Flag flag(int day, FlagSeverity severity, FlagStatus status) {
        Flag f = new Flag();
        f.course = course;
        f.code = FlagCode.SERIOUS_ADVERSE_EVENT;
        f.severity = severity;
        f.status = status;
        f.courseDay = day;
        return f;
    }

    private CourseChart chart() {
        List<Administration> doses = List.of(dose(1, AdministrationStatus.GIVEN, "30", "L1", false),
                dose(2, AdministrationStatus.HELD, "0", null, false), dose(3, AdministrationStatus.GIVEN, "40", "L9", true));
        List<AdverseEvent> events = List.of(event(1, "Headache", 1, false), event(2, "Headache", 3, true),
                event(2, "headache", 2, false), event(2, "Nausea", 2, false));
        List<Flag> flags = List.of(flag(2, FlagSeverity.CRITICAL, FlagStatus.OPEN), flag(2, FlagSeverity.WARNING, FlagStatus.OPEN),
                flag(3, FlagSeverity.WARNING, FlagStatus.RESOLVED));
        CourseRecord r = new CourseRecord(course, doses, events, flags, TODAY);
        return CourseChart.of(CourseSheet.of(r, null, ZONE), TODAY);
    }

    @ParameterizedTest(name = "day {0} is {1}")
    @CsvSource({"1, GIVEN, G", "2, HELD, H", "3, MISSED, M", "4, DUE_TODAY, D", "5, TO_COME, ''"})
    void eachDayHasAStatusWithAShapeAndALetter(int day, DayStatus status, String mark) {
        CourseChart.Column c = chart().columns().get(day - 1);
        assertEquals(status, c.status());
        assertEquals(mark, c.status().mark());
        assertFalse(c.shapePath().isBlank());
    }

    @Test
    void aVoidedDoseCountsForNothing() {
        CourseChart.Column day3 = chart().columns().get(2);
        assertEquals(0, day3.givenMl().signum(), "the voided 40 ml is not given");
        assertEquals("", day3.lots());
        assertEquals(0, day3.givenHeight());
    }

    @Test
    void barsAreScaledToThePrescription() {
        CourseChart chart = chart();
        CourseChart.Column day1 = chart.columns().get(0);
        assertEquals(0, new BigDecimal("30").compareTo(chart.scaleMl()));
        assertEquals(day1.prescribedHeight(), day1.givenHeight(), "30 of 30 ml: the bar fills the outline");
        assertEquals(84, day1.givenHeight());
        assertEquals("L1", day1.lots());
        assertEquals("nurse1", day1.nurses());
        assertEquals(1, chart.daysGiven());
        assertEquals(1, chart.daysMissed());
    }

    @Test
    void theGridShowsTheWorstGradeOfEachTermADayAndMarksSerious() {
        CourseChart chart = chart();
        assertEquals(List.of("Headache", "Nausea"), chart.terms().stream().map(CourseChart.TermRow::term).toList(),
                "terms merged regardless of case, sorted");
        List<CourseChart.Cell> headache = chart.terms().get(0).cells();
        assertEquals(2, headache.size());
        assertEquals(1, headache.get(0).grade());
        assertFalse(headache.get(0).serious());
        assertEquals(3, headache.get(1).grade(), "grades 3 and 2 on day 2: the worst counts");
        assertTrue(headache.get(1).serious());
        assertNotEquals(headache.get(0).fill(), headache.get(1).fill(), "a darker shade for a higher grade");
    }

    @Test
    void flagMarkersCountOnlyActiveFlagsAndNoteCritical() {
        CourseChart chart = chart();
        assertEquals(2, chart.columns().get(1).flags());
        assertTrue(chart.columns().get(1).critical());
        assertEquals(0, chart.columns().get(2).flags(), "a resolved flag leaves no marker");
    }

    @ParameterizedTest
    @CsvSource({"1, 2", "2, 3", "3, 4"})
    void shadesDarkenWithTheGrade(int lower, int higher) {
        assertTrue(luminance(CourseChart.shade(lower)) > luminance(CourseChart.shade(higher)));
    }

    private static int luminance(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return (rgb >> 16 & 0xff) * 299 + (rgb >> 8 & 0xff) * 587 + (rgb & 0xff) * 114;
    }

    @Test
    void aLongCourseIsDrawnAWeekToARowNarrowEnoughForAPhone() {
        course.lengthDays = 21;
        CourseRecord r = new CourseRecord(course, List.of(), List.of(event(2, "Headache", 1, false),
                event(9, "Headache", 2, false), event(16, "Nausea", 1, false)), List.of(), TODAY);
        CourseChart chart = CourseChart.of(CourseSheet.of(r, null, ZONE), TODAY);
        List<CourseChart.Week> weeks = chart.weeks();
        assertEquals(List.of(1, 8, 15), weeks.stream().map(CourseChart.Week::firstDay).toList());
        assertEquals(List.of(7, 14, 21), weeks.stream().map(CourseChart.Week::lastDay).toList());
        weeks.forEach(w -> assertTrue(w.width() <= 330, "a week fits a 390 px phone at nearly full size: " + w.width()));
        CourseChart.Week second = weeks.get(1);
        assertEquals(weeks.get(0).columns().get(0).x(), second.columns().get(0).x(), "day 8 starts its row where day 1 starts");
        assertEquals(List.of("Headache", "Nausea"), second.terms().stream().map(CourseChart.TermRow::term).toList(),
                "every term on every row, so the rows line up");
        assertEquals(List.of(9), second.terms().get(0).cells().stream().map(CourseChart.Cell::day).toList());
        assertTrue(second.terms().get(1).cells().isEmpty(), "no nausea in the second week");
        int last = second.columns().get(6).x();
        assertTrue(second.terms().get(0).cells().get(0).x() > second.columns().get(0).x()
                && second.terms().get(0).cells().get(0).x() < last, "day 9's cell sits under day 9");
    }

    @Test
    void aShortCourseIsOneRowAsWideAsItsDays() {
        List<CourseChart.Week> weeks = chart().weeks();
        assertEquals(1, weeks.size());
        assertEquals(5, weeks.get(0).columns().size());
        assertEquals(chart().width(), weeks.get(0).width());
    }

    @Test
    void aLongTermIsShortenedBesideTheGridAndWholeInItsCells() {
        CourseChart.TermRow row = new CourseChart.TermRow("Injection site reaction", 0, 0, List.of());
        assertEquals("Injection site…", row.label());
        assertEquals("Headache", new CourseChart.TermRow("Headache", 0, 0, List.of()).label());
    }

    /** WCAG 1.4.3: each grade's number (and "S") has at least 4.5:1 against its shade; luminance, so greyscale too. */
    @ParameterizedTest
    @CsvSource({"1", "2", "3", "4", "5"})
    void everyGradesTextReadsOnItsShade(int grade) {
        double ratio = contrast(CourseChart.ink(grade), CourseChart.shade(grade));
        assertTrue(ratio >= 4.5, "grade " + grade + ": " + CourseChart.ink(grade) + " on " + CourseChart.shade(grade)
                + " is " + String.format("%.2f", ratio) + ":1");
    }

    @Test
    void theGridsCellsOfEveryGradeCarryReadableText() {
        course.lengthDays = 5;
        CourseRecord r = new CourseRecord(course, List.of(), List.of(event(1, "Rash", 1, false), event(2, "Rash", 2, false),
                event(3, "Rash", 3, true), event(4, "Rash", 4, true), event(5, "Rash", 5, true)), List.of(), TODAY);
        List<CourseChart.Cell> cells = CourseChart.of(CourseSheet.of(r, null, ZONE), TODAY).terms().get(0).cells();
        assertEquals(5, cells.size());
        for (CourseChart.Cell cell : cells) {
            assertTrue(contrast(cell.ink(), cell.fill()) >= 4.5, "grade " + cell.grade() + ": " + cell.ink() + " on " + cell.fill());
        }
        assertEquals("#ffffff", cells.get(3).ink(), "light text on the darkest shades (4S)");
    }

    static double contrast(String a, String b) {
        double x = relativeLuminance(a), y = relativeLuminance(b);
        return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
    }

    private static double relativeLuminance(String hex) {
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }
}
