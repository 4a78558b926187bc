package org.clinic.courses.safety;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Issue 9 (independent review): one CONTRAINDICATION flag per contraindication of the drug, naming
 * every record that matches it; an allergy's words match the contraindication that names them most
 * specifically.
 */
class OneFlagPerContraindicationTest {
    private static final String EPILEPSY = "CONTRAINDICATION:Epilepsy/seizure disorders:record";

    private static List<FlagFinding> contraindications(Fixture f) {
        return f.findings(FlagCode.CONTRAINDICATION);
    }

    @Test
    void theSameConditionEnteredTwiceIsOneFlagNamingBoth() {
        Fixture f = new Fixture();
        f.condition("Epilepsy", null);
        f.condition("Epilepsy", "G40.9");
        List<FlagFinding> found = contraindications(f);
        assertEquals(1, found.size(), found.toString());
        assertEquals(EPILEPSY, found.get(0).causeKey());
        assertEquals("Contraindication: Epilepsy/seizure disorders \u2014 condition \"Epilepsy\" and condition "
                + "\"Epilepsy\" (G40.9).", found.get(0).message());
    }

    @Test
    void theKeyStaysWhileAnyRecordMatchesAndGoesWithTheLast() {
        Fixture f = new Fixture();
        var first = f.condition("Epilepsy", null);
        var second = f.condition("Grand mal seizures", null);
        String key = contraindications(f).get(0).causeKey();
        first.removedAt = Instant.parse("2026-11-21T10:00:00Z");
        assertEquals(List.of(key), contraindications(f).stream().map(FlagFinding::causeKey).toList(), "one left: still open");
        second.removedAt = Instant.parse("2026-11-21T11:00:00Z");
        assertTrue(contraindications(f).isEmpty(), "none left: resolved");
    }

    @Test
    void aRenalConditionAndALowEgfrAreOneRenalFlag() {
        Fixture f = new Fixture();
        f.condition("CKD stage 4", "N18.4");
        f.egfr = new BigDecimal("22");
        List<FlagFinding> found = contraindications(f);
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).message().contains("and eGFR 22"), found.get(0).message());
    }

    @Test
    void twoContraindicationsStayTwoFlags() {
        Fixture f = new Fixture();
        f.condition("Epilepsy", null);
        f.egfr = new BigDecimal("20");
        assertEquals(2, contraindications(f).size());
    }

    @Test
    void porcineBrainPeptidesIsHypersensitivityToCerebrolysinOnly() {
        Fixture f = new Fixture();
        f.allergy("porcine brain peptides");
        List<FlagFinding> found = contraindications(f);
        assertEquals(List.of("CONTRAINDICATION:Hypersensitivity to Cerebrolysin:record"),
                found.stream().map(FlagFinding::causeKey).toList());
    }

    @Test
    void twoAllergensInOneEntryStillMatchBoth() {
        Fixture f = new Fixture();
        f.allergy("Pork; Cerebrolysin");
        assertEquals(2, contraindications(f).size(), contraindications(f).toString());
        Fixture g = new Fixture();
        g.allergy("porcine proteins");
        assertEquals(List.of("CONTRAINDICATION:Hypersensitivity to porcine proteins:record"),
                contraindications(g).stream().map(FlagFinding::causeKey).toList());
    }

    @Test
    void keysStoredOnePerRecordTakeTheCurrentKey() {
        var drug = new Fixture().drug;
        assertEquals(EPILEPSY, Screening.currentKey(drug, "CONTRAINDICATION:Epilepsy/seizure disorders:condition:12").orElseThrow());
        assertEquals("CONTRAINDICATION:Severe renal impairment / acute kidney failure:record",
                Screening.currentKey(drug, "CONTRAINDICATION:Severe renal impairment / acute kidney failure:egfr").orElseThrow());
        assertTrue(Screening.currentKey(drug, "CONTRAINDICATION:Epilepsy/seizure disorders:reaction:seizure").isEmpty(),
                "a side-effect signal keeps its own key");
        assertTrue(Screening.currentKey(drug, EPILEPSY).isEmpty());
    }
}
