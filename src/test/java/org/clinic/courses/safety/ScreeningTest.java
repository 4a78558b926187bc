package org.clinic.courses.safety;

import org.clinic.courses.catalog.Catalogs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class ScreeningTest {

    private static List<ScreeningFinding> screen(Fixture f) {
        return Screening.screen(f.drug, f.patient());
    }

    @ParameterizedTest(name = "\"{0}\" ({1}) -> {2}")
    @CsvSource(delimiter = '|', value = {
            "Epilepsy                     |         | Epilepsy/seizure disorders",
            "Epilepsy                     | G40.909 | Epilepsy/seizure disorders",
            "Seizure disorder             | G40.9   | Epilepsy/seizure disorders",
            "Status epilepticus           | G41.0   | Epilepsy/seizure disorders",
            "Grand mal seizures           |         | Epilepsy/seizure disorders",
            "Convulsive illness           | G40909  | Epilepsy/seizure disorders",
            "History of febrile seizure   | R56.0   | Epilepsy/seizure disorders",
            "Acute kidney injury          | N17.9   | Severe renal impairment / acute kidney failure",
            "AKI                          |         | Severe renal impairment / acute kidney failure",
            "Acute renal failure          |         | Severe renal impairment / acute kidney failure",
            "CKD stage 4                  | N18.4   | Severe renal impairment / acute kidney failure",
            "Chronic kidney disease       | N18.5   | Severe renal impairment / acute kidney failure",
            "End-stage renal disease      | N18.6   | Severe renal impairment / acute kidney failure",
            "ESRD on haemodialysis        |         | Severe renal impairment / acute kidney failure",
            "Hemodialysis dependence      | Z99.2   | Severe renal impairment / acute kidney failure",
    })
    void contraindicatedConditions(String name, String code, String contraindication) {
        Fixture f = new Fixture();
        var c = f.condition(name, code);
        List<ScreeningFinding> found = screen(f);
        assertEquals(1, found.size(), found::toString);
        ScreeningFinding finding = found.get(0);
        assertEquals(FlagCode.CONTRAINDICATION, finding.code());
        assertEquals(contraindication, finding.catalogItem());
        assertEquals(ScreeningFinding.Kind.CONDITION, finding.patientItem().kind());
        assertEquals(c.id, finding.patientItem().id());
        assertEquals("CONTRAINDICATION:" + contraindication + ":record", finding.causeKey(), "one per contraindication");
        assertNotNull(finding.catalogSource());
    }

    @ParameterizedTest(name = "\"{0}\" ({1}) -> nothing")
    @CsvSource(delimiter = '|', value = {
            "Family history of epilepsy        | Z82.0",
            "Epilepsy                          | Z82.0",
            "Family history of epilepsy        |      ",
            "FH epilepsy                       |      ",
            "No history of seizures            |      ",
            "CKD stage 3                       | N18.3",
            "Chronic kidney disease, stage 3a  | N18.31",
            "Kidney stones                     | N20.0",
            "Migraine                          | G43.909",
            "Family history of kidney disease  | Z84.1",
    })
    void conditionsThatAreNotContraindications(String name, String code) {
        Fixture f = new Fixture();
        f.condition(name, code);
        assertEquals(List.of(), screen(f));
    }

    @ParameterizedTest
    @CsvSource({"29, 1", "29.9, 1", "30, 0", "72, 0"})
    void egfrBelowThirty(String egfr, int expected) {
        Fixture f = new Fixture();
        f.egfr = new BigDecimal(egfr);
        List<ScreeningFinding> found = screen(f);
        assertEquals(expected, found.size());
        if (expected == 1) {
            assertEquals("CONTRAINDICATION:Severe renal impairment / acute kidney failure:record", found.get(0).causeKey());
            assertEquals(ScreeningFinding.Kind.EGFR, found.get(0).patientItem().kind());
        }
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Lithium carbonate 300 mg bid     | Lithium",
            "Priadel 400 mg                   | Lithium",
            "Camcolit 250mg nocte             | Lithium",
            "Zoloft 50mg                      | Antidepressants including MAO inhibitors",
            "SERTRALINE HCL 100 MG TAB        | Antidepressants including MAO inhibitors",
            "Lustral 50 mg od                 | Antidepressants including MAO inhibitors",
            "Prozac 20mg                      | Antidepressants including MAO inhibitors",
            "escitalopram 10 mg               | Antidepressants including MAO inhibitors",
            "Cipralex 10mg                    | Antidepressants including MAO inhibitors",
            "Venlafaxine XL 75 mg             | Antidepressants including MAO inhibitors",
            "Amitriptyline 10mg at night      | Antidepressants including MAO inhibitors",
            "Mirtazapine 15 mg                | Antidepressants including MAO inhibitors",
            "Phenelzine 15 mg tid             | Antidepressants including MAO inhibitors",
            "Moclobemide 150mg                | Antidepressants including MAO inhibitors",
            "Emsam 6 mg/24 h patch            | Antidepressants including MAO inhibitors",
            "Trintellix 10 mg                 | Antidepressants including MAO inhibitors",
    })
    void interactingMedications(String medication, String interaction) {
        Fixture f = new Fixture();
        var m = f.medication(medication);
        List<ScreeningFinding> found = screen(f);
        assertEquals(1, found.size(), found::toString);
        assertEquals(FlagCode.INTERACTION, found.get(0).code());
        assertEquals(interaction, found.get(0).catalogItem());
        assertEquals("INTERACTION:" + interaction + ":medication:" + m.id, found.get(0).causeKey());
    }

    @ParameterizedTest
    @CsvSource({"Dilithium 5 mg", "Prozacx", "Aspirin 100 mg", "Atorvastatin 20mg", "Lisinopril 10 mg"})
    void unrelatedMedications(String medication) {
        Fixture f = new Fixture();
        f.medication(medication);
        assertEquals(List.of(), screen(f));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Cerebrolysin            | Hypersensitivity to Cerebrolysin",
            "porcine brain peptides  | Hypersensitivity to Cerebrolysin",
            "Pork                    | Hypersensitivity to porcine proteins",
    })
    void allergyMeansHypersensitivity(String substance, String contraindication) {
        Fixture f = new Fixture();
        var a = f.allergy(substance);
        List<String> keys = screen(f).stream().map(ScreeningFinding::causeKey).toList();
        assertEquals(List.of("CONTRAINDICATION:" + contraindication + ":record"), keys,
                "one allergy naming one allergen is one contraindication");
        assertEquals(a.id, screen(f).get(0).patientItem().id());
    }

    @Test
    void otherAllergiesAreNotContraindications() {
        Fixture f = new Fixture();
        f.allergy("Penicillin");
        f.allergy("No known drug allergies");
        assertEquals(List.of(), screen(f));
    }

    @Test
    void removedItemsAreNotScreened() {
        Fixture f = new Fixture();
        f.condition("Epilepsy", "G40.909").removedAt = Instant.parse("2026-11-01T10:00:00Z");
        f.medication("Lithium 400 mg").removedAt = Instant.parse("2026-11-01T10:00:00Z");
        assertEquals(List.of(), screen(f));
    }

    @Test
    void causeKeysAreStableAcrossRuns() {
        Fixture f = new Fixture();
        f.condition("Epilepsy", "G40.909");
        f.medication("Zoloft 50mg");
        f.egfr = new BigDecimal("20");
        var first = screen(f).stream().map(ScreeningFinding::causeKey).toList();
        var second = screen(f).stream().map(ScreeningFinding::causeKey).toList();
        assertEquals(3, first.size());
        assertEquals(first, second);
    }

    @Test
    void messagesNameTheCatalogItemAndThePatientItem() {
        Fixture f = new Fixture();
        f.condition("Epilepsy", "G40.909");
        f.medication("Lithium carbonate 300 mg");
        var found = screen(f);
        assertEquals("Contraindication: Epilepsy/seizure disorders \u2014 condition \"Epilepsy\" (G40.909).",
                found.get(0).message());
        assertEquals("ICD-10 G40", found.get(0).matchedOn());
        assertTrue(found.get(1).message().startsWith(
                "Interaction: Lithium \u2014 the patient takes \"Lithium carbonate 300 mg\". Cerebrolysin may increase"));
    }

    @Test
    void cortexinHasItsOwnLists() {
        Fixture f = new Fixture();
        f.drug = Catalogs.cortexin();
        f.medication("Lithium carbonate 300 mg");
        f.condition("Pregnancy", "Z33.1");
        var found = screen(f);
        assertEquals(1, found.size(), "Cortexin lists no lithium interaction");
        assertEquals("Pregnancy", found.get(0).catalogItem());
    }
}
