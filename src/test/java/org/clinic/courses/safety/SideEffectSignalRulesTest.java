package org.clinic.courses.safety;

import org.clinic.courses.catalog.Catalogs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.clinic.courses.safety.FlagCode.*;
import static org.junit.jupiter.api.Assertions.*;

/** Issue 9, group 3: side effects that are contraindication signals or important medical events. */
class SideEffectSignalRulesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "Seizure, Epilepsy/seizure disorders",
            "Generalised tonic clonic seizures, Epilepsy/seizure disorders",
            "Convulsions, Epilepsy/seizure disorders",
            "Fit at 14:00, Epilepsy/seizure disorders",
            "Status epilepticus, Epilepsy/seizure disorders",
            "Anaphylactic reaction, Hypersensitivity to Cerebrolysin",
            "Anaphylaxis, Hypersensitivity to Cerebrolysin",
            "Hypersensitivity reaction, Hypersensitivity to Cerebrolysin",
            "Allergic reaction, Hypersensitivity to Cerebrolysin",
            "Angioedema of the lips, Hypersensitivity to Cerebrolysin",
            "Acute kidney injury, Severe renal impairment / acute kidney failure"})
    void aSideEffectNamingAContraindicationRaisesIt(String term, String contraindication) {
        Fixture f = new Fixture();
        f.today = Fixture.day(5);
        f.infusions(1, 4);
        f.event(3, term, 1);
        List<FlagFinding> found = f.findings(CONTRAINDICATION);
        assertEquals(1, found.size(), found::toString);
        assertTrue(found.get(0).message().contains(contraindication), found.get(0).message());
        assertEquals(3, found.get(0).courseDay());
        assertNotNull(found.get(0).adverseEventId());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Headache", "Injection-site reaction", "Itching", "Nausea", "No seizure activity",
            "Dizziness", "Burning sensation", "Fatigue"})
    void ordinarySideEffectsAreNoContraindicationSignal(String term) {
        Fixture f = new Fixture();
        f.today = Fixture.day(5);
        f.infusions(1, 4);
        f.event(3, term, 2);
        assertEquals(List.of(), f.findings(CONTRAINDICATION));
    }

    @Test
    void theSameSignalOnSeveralDaysIsOneFlagThatFollowsItsRecords() {
        Fixture f = new Fixture();
        f.today = Fixture.day(6);
        f.infusions(1, 5);
        var first = f.event(2, "Seizure", 1);
        f.event(4, "seizure", 2);
        assertEquals(1, f.findings(CONTRAINDICATION).size());
        first.voided = true;
        assertEquals(1, f.findings(CONTRAINDICATION).size(), "the second record still shows it");
        f.events.forEach(e -> e.voided = true);
        assertEquals(0, f.findings(CONTRAINDICATION).size());
    }

    @Test
    void aSignalAndAConditionOfTheSameContraindicationAreTwoCauses() {
        Fixture f = new Fixture();
        f.today = Fixture.day(3);
        f.infusions(1, 2);
        f.condition("Epilepsy", "G40.9");
        f.event(2, "Seizure", 1);
        assertEquals(2, f.findings(CONTRAINDICATION).size());
    }

    @ParameterizedTest(name = "{0} grade {1} -> serious {2}")
    @CsvSource({
            "Seizure, 1, true", "Anaphylactic shock, 1, true", "Syncope, 2, true", "Angioedema, 1, true",
            "Headache, 2, false", "Headache, 3, true", "Nausea, 1, false", "Loss of consciousness, 1, true"})
    void importantMedicalEventsAreSeriousWhateverTheGrade(String term, int grade, boolean serious) {
        Fixture f = new Fixture();
        f.today = Fixture.day(3);
        f.infusions(1, 2);
        f.event(2, term, grade);
        List<FlagFinding> found = f.findings(SERIOUS_ADVERSE_EVENT);
        assertEquals(serious ? 1 : 0, found.size());
        if (serious && grade < 3) assertTrue(found.get(0).message().contains("important medical event"));
    }

    @Test
    void theImportantMedicalEventListIsCatalogData() {
        Fixture f = new Fixture();
        f.drug = Catalogs.cortexin();
        f.course.drugCode = "cortexin";
        assertTrue(f.drug.importantMedicalEvents().contains("seizure"));
        assertTrue(Catalogs.cerebrolysin().importantMedicalEvents().contains("anaphylactic reaction"));
        assertEquals(30, Catalogs.cerebrolysin().followUpDays());
    }
}
