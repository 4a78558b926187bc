package org.clinic.courses.safety;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.clinic.courses.safety.FlagCode.INTERACTION;
import static org.junit.jupiter.api.Assertions.*;

/** Issue 9, group 2: the same substance under two names (generic and brand) is one interaction flag naming both. */
class SameSubstanceTest {

    @Test
    void genericAndBrandAreOneFlagNamingBothEntries() {
        Fixture f = new Fixture();
        var generic = f.medication("Sertraline 50 mg");
        f.medication("Zoloft 50mg tablets");
        List<FlagFinding> found = f.findings(INTERACTION);
        assertEquals(1, found.size(), found::toString);
        String message = found.get(0).message();
        assertTrue(message.contains("\"Sertraline 50 mg\" and \"Zoloft 50mg tablets\""), message);
        assertTrue(message.contains("the same substance: sertraline"), message);
        assertTrue(found.get(0).causeKey().endsWith("medication:" + generic.id), "keyed by the first entry");
    }

    @Test
    void twoDifferentSubstancesOfOneClassAreTwoFlags() {
        Fixture f = new Fixture();
        f.medication("Sertraline 50 mg");
        f.medication("Linezolid 600 mg");
        assertEquals(2, f.findings(INTERACTION).size());
    }

    @Test
    void aSingleEntryKeepsTheKeyItAlwaysHad() {
        Fixture f = new Fixture();
        var m = f.medication("Priadel 400 mg");
        f.medication("Lithium carbonate 400mg");
        List<FlagFinding> found = f.findings(INTERACTION);
        assertEquals(1, found.size(), "lithium under a brand and its generic name");
        assertEquals("INTERACTION:Lithium:medication:" + m.id, found.get(0).causeKey());
    }

    @Test
    void removingOneOfTheTwoKeepsTheFlagForTheOther() {
        Fixture f = new Fixture();
        var first = f.medication("Zoloft");
        var second = f.medication("sertraline 100mg");
        first.removedAt = java.time.Instant.now();
        List<FlagFinding> found = f.findings(INTERACTION);
        assertEquals(1, found.size());
        assertTrue(found.get(0).causeKey().endsWith("medication:" + second.id));
    }
}
