package org.clinic.courses.safety;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

class FlagRulesTest {

    @Test
    void aCleanCourseRaisesNothing() {
        Fixture f = new Fixture();
        f.course.onsetAt = Fixture.at(LocalDate.of(2026, 11, 19), 12, 0);
        f.infusions(1, 5);
        f.today = Fixture.day(6);
        f.event(2, "Headache", 1);
        f.event(4, "Headache", 1);
        assertEquals(List.of(), f.findings());
    }

    @Test
    void everyRuleReportsThroughOneCallWithUniqueStableKeys() {
        Fixture f = new Fixture();
        f.birthDate = LocalDate.of(2010, 5, 5);
        f.condition("Epilepsy", "G40.909");
        f.medication("Zoloft 50mg");
        f.course.onsetAt = Fixture.at(LocalDate.of(2026, 11, 16), 8, 0);
        f.give(1, org.clinic.courses.course.Route.IV_INFUSION, "51", "40", 10);
        f.infusion(1).administeredAt = Fixture.at(Fixture.day(1), 15, 0);
        f.event(2, "Nausea", 1);
        f.event(3, "Nausea", 2);
        f.event(4, "Nausea", 3).action = org.clinic.courses.adverse.ActionTaken.WITHDRAWN;
        f.today = Fixture.day(5);
        org.clinic.courses.course.TreatmentCourse other = new org.clinic.courses.course.TreatmentCourse();
        other.id = 70L;
        other.drugCode = "cerebrolysin";
        other.startDate = Fixture.day(3);
        other.lengthDays = 10;
        f.others.add(new CourseSnapshot.OtherCourse(other, List.of()));

        List<FlagFinding> findings = f.findings();
        Set<FlagCode> codes = new HashSet<>();
        findings.forEach(x -> codes.add(x.code()));
        // A recognised indication (needed for LATE_START) cannot also be unrecognised: checked just below.
        Set<FlagCode> all = new HashSet<>(Set.of(FlagCode.values()));
        all.remove(FlagCode.INDICATION_NOT_RECOGNISED);
        assertEquals(all, codes, findings::toString);

        Set<String> keys = new HashSet<>();
        findings.forEach(x -> assertTrue(keys.add(x.causeKey()), "duplicate key " + x.causeKey()));
        findings.forEach(x -> assertTrue(x.causeKey().startsWith(x.code().name() + ":")
                || x.causeKey().equals(x.code().name()), x.causeKey()));
        findings.forEach(x -> assertTrue(x.causeKey().length() <= 300, "fits flag.cause_key"));
        assertEquals(findings, f.findings(), "the same data gives the same findings");
        f.course.indication = "Cerebral palsy";
        assertEquals(1, f.findings(FlagCode.INDICATION_NOT_RECOGNISED).size());
    }

    @Test
    void persistentEpisodeIsDeduplicatedAcrossDays() {
        Fixture f = new Fixture();
        f.infusions(1, 8);
        f.today = Fixture.day(9);
        Set<String> keys = new HashSet<>();
        for (int day = 3; day <= 6; day++) {
            f.event(day, "Headache", 1);
            f.findings(FlagCode.PERSISTENT_ADVERSE_EVENT).forEach(x -> keys.add(x.causeKey()));
        }
        assertEquals(Set.of("PERSISTENT_ADVERSE_EVENT:headache:2026-11-22"), keys);
    }

    @Test
    void voidingTheCauseRemovesTheFinding() {
        Fixture f = new Fixture();
        f.infusions(1, 3);
        f.today = Fixture.day(4);
        var extra = f.infusion(2);
        extra.administeredAt = extra.administeredAt.plus(Duration.ofHours(2));
        extra.volumeMl = new BigDecimal("30");
        assertEquals(2, f.findings().size(), "duplicate and above the prescribed daily volume");
        extra.voided = true;
        assertEquals(List.of(), f.findings());
    }
}
