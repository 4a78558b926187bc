package org.clinic.courses.signal;

import org.clinic.courses.signal.SignalInput.DrugExposure;
import org.clinic.courses.signal.SignalInput.Event;
import org.clinic.courses.signal.SignalInput.LotExposure;
import org.clinic.courses.signal.SignalReport.LotRow;
import org.clinic.courses.signal.SignalReport.TermRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/** The safety view's statistics on constructed data, worked out by hand. */
class SignalStatisticsTest {
    static final LocalDate FROM = LocalDate.of(2026, 11, 2); // a Monday
    static final LocalDate TO = LocalDate.of(2026, 11, 29);  // a Sunday: four weeks
    static final Map<String, Set<String>> LABELLED = Map.of("cerebrolysin", Set.of("Headache", "Nausea"));

    /**
     * Cerebrolysin: 20 courses, 400 doses; lot A 300 doses on 15 courses, lot B 100 doses on 5 courses.
     * 8 headaches (4 on A, 4 on B, on 6 courses), 2 nausea on A, 2 seizures on B (one serious), 1 dizziness on a day
     * without a dose. Overall 13 side effects per 400 doses = 32.5 per 1,000.
     */
    private static List<Event> events() {
        List<Event> e = new ArrayList<>();
        for (int i = 0; i < 4; i++) e.add(new Event("cerebrolysin", "Headache", 1 + i % 3, FROM.plusDays(i), false, "A"));
        for (int i = 0; i < 4; i++) e.add(new Event("cerebrolysin", "headache ", 10 + i % 3, FROM.plusDays(7 + i), false, "B"));
        e.add(new Event("cerebrolysin", "Nausea", 2, FROM.plusDays(1), false, "A"));
        e.add(new Event("cerebrolysin", "Nausea", 3, FROM.plusDays(2), false, "A"));
        e.add(new Event("cerebrolysin", "Seizure", 10, FROM.plusDays(8), true, "B"));
        e.add(new Event("cerebrolysin", "Seizure", 11, FROM.plusDays(9), false, "B"));
        e.add(new Event("cerebrolysin", "Dizziness", 4, FROM.plusDays(20), false, null));
        return e;
    }

    private static SignalReport report(String factor, int minimum) {
        return SignalStatistics.compute(FROM, TO, List.of(new DrugExposure("cerebrolysin", 20, 400)),
                List.of(new LotExposure("cerebrolysin", "A", 300, 15), new LotExposure("cerebrolysin", "B", 100, 5)),
                events(), LABELLED, new BigDecimal(factor), minimum);
    }

    private static TermRow term(SignalReport r, String term) {
        return r.terms().stream().filter(t -> t.term().equalsIgnoreCase(term)).findFirst().orElseThrow();
    }

    private static LotRow lot(SignalReport r, String lot) {
        return r.lots().stream().filter(l -> l.lot().equals(lot)).findFirst().orElseThrow();
    }

    @Test
    void ratesPerHundredCoursesAndPerThousandDoses() {
        SignalReport r = report("2", 3);
        TermRow headache = term(r, "Headache");
        assertEquals(8, headache.events(), "Headache and 'headache ' are one term");
        assertEquals(6, headache.coursesAffected(), "courses 1-3 and 10-12");
        assertEquals(new BigDecimal("30.0"), headache.perHundredCourses(), "6 of 20 courses");
        assertEquals(new BigDecimal("20.0"), headache.perThousandDoses(), "8 per 400 doses");
        TermRow seizure = term(r, "Seizure");
        assertEquals(1, seizure.serious());
        assertEquals(new BigDecimal("5.0"), seizure.perThousandDoses());
        assertEquals(new BigDecimal("32.5"), r.drugs().get(0).perThousandDoses(), "13 per 400 doses");
        assertEquals("Headache", r.terms().get(0).term(), "most frequent first");
    }

    @Test
    void termsOutsideTheDrugsListAreMarked() {
        SignalReport r = report("2", 3);
        assertTrue(term(r, "Headache").labelled());
        assertTrue(term(r, "Nausea").labelled());
        assertFalse(term(r, "Seizure").labelled());
        assertFalse(term(r, "Dizziness").labelled());
        assertEquals(2, r.unlabelledCount());
    }

    /** Issue 14 (third session): the catalog lists "Injection-site reaction"; the nurse typed it without the hyphen. */
    @Test
    void aListedTermTypedWithoutItsHyphenIsListedAndOneTerm() {
        List<Event> e = List.of(new Event("cerebrolysin", "Injection site reaction", 1, FROM, false, "A"),
                new Event("cerebrolysin", "injection-site  reaction", 2, FROM.plusDays(1), false, "A"));
        SignalReport r = SignalStatistics.compute(FROM, TO, List.of(new DrugExposure("cerebrolysin", 20, 400)),
                List.of(new LotExposure("cerebrolysin", "A", 300, 15)), e,
                Map.of("cerebrolysin", Set.of("Injection-site reaction")), new BigDecimal("2"), 3);
        assertEquals(1, r.terms().size(), "one term however it was typed");
        assertEquals(2, r.terms().get(0).events());
        assertTrue(r.terms().get(0).labelled(), "listed for the drug");
        assertEquals(0, r.unlabelledCount());
    }

    @Test
    void aLotAboveTheDrugsRateByTheFactorIsASignal() {
        SignalReport r = report("2", 3);
        LotRow b = lot(r, "B");
        assertEquals(6, b.events());
        assertEquals(new BigDecimal("60.0"), b.perThousandDoses(), "6 per 100 doses");
        assertEquals(new BigDecimal("1.85"), b.ratio(), "60 / 32.5");
        assertFalse(b.signal(), "1.85 times the overall rate is under a factor of 2");
        assertTrue(lot(report("1.5", 3), "B").signal(), "over a factor of 1.5");
        assertFalse(lot(report("1.5", 7), "B").signal(), "6 side effects are under a minimum of 7");
        assertFalse(lot(report("1.5", 3), "A").signal(), "lot A: 6 per 300 doses = 20, under the overall rate");
        assertEquals("B", report("1.5", 3).lots().get(0).lot(), "signals first");
    }

    @ParameterizedTest(name = "factor {0}, minimum {1}: signal {2}")
    @CsvSource({"1.846, 6, true", "1.847, 6, false", "1.5, 6, true", "1.5, 7, false"})
    void theFactorAndMinimumAreComparedExactly(String factor, int minimum, boolean signal) {
        // lot B: 6/100 against 13/400: exactly 1.8461... times
        assertEquals(signal, lot(report(factor, minimum), "B").signal());
    }

    @Test
    void weeksCoverThePeriodWithoutGaps() {
        SignalReport r = report("2", 3);
        assertEquals(List.of(FROM, FROM.plusWeeks(1), FROM.plusWeeks(2), FROM.plusWeeks(3)),
                r.weeks().stream().map(SignalReport.Week::monday).toList());
        assertEquals(List.of(6L, 6L, 1L, 0L), r.weeks().stream().map(SignalReport.Week::events).toList());
        assertEquals(1, r.weeks().get(1).serious());
    }

    @Test
    void noDosesMeansNoRateAndNoSignal() {
        SignalReport r = SignalStatistics.compute(FROM, TO, List.of(), List.of(new LotExposure("cortexin", "Z", 0, 0)),
                List.of(new Event("cortexin", "Rash", 1, FROM, false, "Z")), Map.of(), new BigDecimal("2"), 1);
        assertEquals(new BigDecimal("0.0"), r.terms().get(0).perThousandDoses());
        assertFalse(r.lots().get(0).signal());
    }

    @ParameterizedTest
    @CsvSource({"2026-11-02, 2026-11-02", "2026-11-08, 2026-11-02", "2026-11-09, 2026-11-09"})
    void weeksStartOnMonday(LocalDate day, LocalDate monday) {
        assertEquals(monday, SignalStatistics.monday(day));
    }
}
