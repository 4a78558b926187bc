package org.clinic.courses.safety;

import org.clinic.courses.adverse.SeriousCriterion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.EnumSet;
import java.util.List;

import static org.clinic.courses.safety.FlagCode.PERSISTENT_ADVERSE_EVENT;
import static org.clinic.courses.safety.FlagCode.SERIOUS_ADVERSE_EVENT;
import static org.clinic.courses.safety.FlagCode.WORSENING_ADVERSE_EVENT;
import static org.junit.jupiter.api.Assertions.*;

class AdverseEventRulesTest {

    /** Days are course days, "-" separated; a trailing "v" marks the record voided. */
    @ParameterizedTest(name = "{0} -> {1} persistent flag(s)")
    @CsvSource({
            "3-4,         0", // 2 consecutive days
            "3-4-5,       1", // 3 consecutive days
            "3-4-5-6,     1", // one episode, not two
            "3-4-6,       0", // a gap day
            "3-4-5-7-8-9, 2", // a gap, then it comes back: a new episode
            "3-4v-5,      0", // a voided record breaks the run
            "3-3-4-5,     1", // two records on one day are one day
    })
    void persistentNeedsThreeConsecutiveDays(String days, int expected) {
        Fixture f = new Fixture();
        for (String d : days.split("-")) {
            var e = f.event(Integer.parseInt(d.replace("v", "")), "Headache", 1);
            e.voided = d.endsWith("v");
        }
        assertEquals(expected, f.findings(PERSISTENT_ADVERSE_EVENT).size());
    }

    @Test
    void persistentFlagIsStableWhileTheEpisodeGrows() {
        Fixture f = new Fixture();
        f.event(3, "Headache", 1);
        f.event(4, "headache ", 1);
        f.event(5, "HEADACHE", 1);
        FlagFinding three = f.findings(PERSISTENT_ADVERSE_EVENT).get(0);
        assertEquals("Headache recorded on 3 consecutive days (days 3\u20135)", three.message());
        assertEquals(5, three.courseDay());
        f.event(6, "Headache", 1);
        FlagFinding four = f.findings(PERSISTENT_ADVERSE_EVENT).get(0);
        assertEquals(three.causeKey(), four.causeKey());
        assertEquals("Headache recorded on 4 consecutive days (days 3\u20136)", four.message());
    }

    @Test
    void persistenceCountsTheSameTermInEitherSpelling() {
        Fixture f = new Fixture();
        f.event(2, "Diarrhoea", 1);
        f.event(3, "Diarrhea", 1);
        f.event(4, "diarrhoea", 1);
        f.event(5, "Nausea", 1);
        assertEquals(1, f.findings(PERSISTENT_ADVERSE_EVENT).size());
    }

    @Test
    void persistenceDaysComeFromTheCatalog() {
        Fixture f = new Fixture();
        f.drug = withPersistenceDays(f, 2);
        f.event(3, "Headache", 1);
        f.event(4, "Headache", 1);
        assertEquals(1, f.findings(PERSISTENT_ADVERSE_EVENT).size());
    }

    @ParameterizedTest(name = "grades {0} -> {1} worsening flag(s)")
    @CsvSource({
            "1,        0",
            "1-1,      0",
            "1-2,      1",
            "2-1,      0",
            "1-2-1-2,  2",
            "2-1-2,    1",
            "1-3v-2,   1", // voided grade 3 is skipped: 1 -> 2 still rises
            "2-3v-2,   0", // without the voided 3 nothing rose
    })
    void worseningIsARiseOverThePreviousRecordOfTheTerm(String grades, int expected) {
        Fixture f = new Fixture();
        int day = 2;
        for (String g : grades.split("-")) {
            var e = f.event(day++, "Dizziness", Integer.parseInt(g.replace("v", "")));
            e.voided = g.endsWith("v");
        }
        assertEquals(expected, f.findings(WORSENING_ADVERSE_EVENT).size());
    }

    @Test
    void worseningComparesOnlyTheSameTerm() {
        Fixture f = new Fixture();
        f.event(2, "Nausea", 1);
        var headache = f.event(3, "Headache", 2);
        assertTrue(f.findings(WORSENING_ADVERSE_EVENT).isEmpty());
        var worse = f.event(4, "Headache", 3);
        FlagFinding finding = f.findings(WORSENING_ADVERSE_EVENT).get(0);
        assertEquals(worse.id, finding.adverseEventId());
        assertEquals(4, finding.courseDay());
        assertEquals("Headache worsened from grade 2 (day 3) to grade 3 (day 4)", finding.message());
        assertNotEquals(headache.id, finding.adverseEventId());
    }

    @ParameterizedTest
    @CsvSource({"1, false, , 0", "2, false, , 0", "3, false, , 1", "5, false, , 1",
            "1, true, , 1", "2, false, HOSPITALISATION, 1"})
    void seriousIsGradeThreeOrAnyCriterion(int grade, boolean serious, SeriousCriterion criterion, int expected) {
        Fixture f = new Fixture();
        var e = f.event(2, "Agitation", grade);
        e.serious = serious;
        if (criterion != null) e.setSeriousCriteria(EnumSet.of(criterion));
        assertEquals(expected, f.findings(SERIOUS_ADVERSE_EVENT).size());
    }

    @Test
    void voidedSeriousEventRaisesNothing() {
        Fixture f = new Fixture();
        var e = f.event(2, "Seizure", 4);
        e.setSeriousCriteria(EnumSet.of(SeriousCriterion.LIFE_THREATENING, SeriousCriterion.HOSPITALISATION));
        FlagFinding finding = f.findings(SERIOUS_ADVERSE_EVENT).get(0);
        assertEquals("Serious adverse event: Seizure, grade 4 (life threatening, hospitalisation), on day 2",
                finding.message());
        assertEquals(FlagSeverity.CRITICAL, finding.severity());
        e.voided = true;
        assertEquals(List.of(), f.findings(SERIOUS_ADVERSE_EVENT));
    }

    private static org.clinic.courses.catalog.DrugDefinition withPersistenceDays(Fixture f, int days) {
        var d = f.drug;
        return new org.clinic.courses.catalog.DrugDefinition(d.code(), d.name(), d.description(),
                d.concentrationMgPerMl(), d.minAgeYears(), d.dailyVolumeMl(), days, d.routes(), d.sideEffects(),
                d.contraindications(), d.interactions(), d.protocols(), d.source());
    }
}
