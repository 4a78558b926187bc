package org.clinic.courses.safety;

import org.clinic.courses.catalog.Catalogs;
import org.clinic.courses.catalog.DrugDefinition;
import org.clinic.courses.patient.Allergy;
import org.clinic.courses.patient.Condition;
import org.clinic.courses.patient.Medication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The terminology corpus (src/test/resources/terminology-corpus.csv): phrasings a clinician writes,
 * each with the decision a clinical source gives, run against the Cerebrolysin catalog entry through
 * the same screening the flags use. Plain JUnit.
 */
class TerminologyCorpusTest {
    private static final DrugDefinition DRUG = Catalogs.cerebrolysin();
    private static final Map<String, String> ITEMS = Map.of(
            "EPI", "Epilepsy/seizure disorders",
            "REN", "Severe renal impairment / acute kidney failure",
            "HYP", "Hypersensitivity to Cerebrolysin",
            "PORK", "Hypersensitivity to porcine proteins",
            "LI", "Lithium",
            "AD", "Antidepressants including MAO inhibitors",
            "NONE", "");

    record Row(int line, String kind, String text, String expected, String source) {
        @Override
        public String toString() {
            return line + ": " + kind + " \"" + text + "\" -> " + expected;
        }
    }

    static List<Row> rows() throws IOException {
        List<Row> rows = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                TerminologyCorpusTest.class.getResourceAsStream("/terminology-corpus.csv"), StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = in.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\\|", -1);
                assertEquals(4, f.length, "line " + n + " has kind|text|expected|source");
                rows.add(new Row(n, f[0], f[1], f[2], f[3]));
            }
        }
        return rows;
    }

    static Stream<Arguments> corpus() throws IOException {
        return rows().stream().map(Arguments::of);
    }

    /** The catalog items the text matches, by the row's kind. */
    static Set<String> found(Row r) {
        Set<String> out = new TreeSet<>();
        switch (r.kind()) {
            case "CONDITION" -> {
                Condition c = new Condition();
                c.id = 1L;
                c.name = r.text();
                Screening.screen(DRUG, new PatientRecord(null, List.of(c), List.of(), List.of(), null))
                        .forEach(f -> out.add(f.catalogItem()));
            }
            case "MEDICATION" -> {
                Medication m = new Medication();
                m.id = 1L;
                m.name = r.text();
                Screening.screen(DRUG, new PatientRecord(null, List.of(), List.of(m), List.of(), null))
                        .forEach(f -> out.add(f.catalogItem()));
            }
            case "ALLERGY" -> {
                Allergy a = new Allergy();
                a.id = 1L;
                a.substance = r.text();
                Screening.screen(DRUG, new PatientRecord(null, List.of(), List.of(), List.of(a), null))
                        .forEach(f -> out.add(f.catalogItem()));
            }
            case "SIDE_EFFECT" -> {
                Fixture fx = new Fixture();
                fx.today = Fixture.day(3);
                fx.event(2, r.text(), 1);
                fx.findings(FlagCode.CONTRAINDICATION).forEach(f -> out.add(f.message()
                        .substring("Contraindication: ".length(), f.message().indexOf(" \u2014 "))));
            }
            default -> fail("unknown kind " + r.kind());
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void eachPhrasingGetsTheClinicalDecision(Row r) {
        String want = ITEMS.get(r.expected());
        assertNotNull(want, "unknown expected item " + r.expected());
        Set<String> got = found(r);
        assertEquals(want.isEmpty() ? Set.of() : Set.of(want), got, r + " (" + r.source() + ")");
    }

    @Test
    void theCorpusIsLargeAndBalancedAndNamesItsSources() throws IOException {
        List<Row> rows = rows();
        assertTrue(rows.size() >= 150, "at least 150 phrasings: " + rows.size());
        long negatives = rows.stream().filter(r -> r.expected().equals("NONE")).count();
        assertTrue(negatives >= 40 && rows.size() - negatives >= 80, "positives and negatives: " + negatives);
        rows.forEach(r -> assertFalse(r.source().isBlank(), r + " names its source"));
        assertEquals(rows.size(), rows.stream().map(r -> r.kind() + r.text()).collect(Collectors.toSet()).size(),
                "no phrasing twice");
    }
}
