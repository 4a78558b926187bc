package org.clinic.courses.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.clinic.courses.course.Route;
import org.clinic.courses.course.ScheduleType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class CatalogSeedTest {

    /** Rows of insert into drug (...) values ('code', 'name', 'json', 1, CURRENT_TIMESTAMP, 'system'). */
    private static Map<String, String[]> migrationRows() throws IOException {
        try (InputStream in = CatalogSeedTest.class.getResourceAsStream("/db/migration/V2__drug_catalog.sql")) {
            assertNotNull(in, "V2 migration on the classpath");
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertFalse(sql.contains("${"), "Flyway would treat ${...} as a placeholder");
            Map<String, String[]> rows = new LinkedHashMap<>();
            for (String statement : sql.split("(?m)^insert into drug \\(code, name, definition, revision, updated_at, updated_by\\) values \\(")) {
                List<String> literals = literals(statement);
                if (literals.isEmpty()) continue;
                assertEquals(4, literals.size(), "code, name, definition, updated_by");
                assertEquals("system", literals.get(3));
                rows.put(literals.get(0), new String[]{literals.get(1), literals.get(2)});
            }
            applyLaterUpdates(rows);
            return rows;
        }
    }

    /**
     * Later migrations (V3 and up, in version order) replace a drug's definition with
     * {@code update drug set ... definition = '<json>' where code = '<code>'}; the last one wins.
     */
    private static void applyLaterUpdates(Map<String, String[]> rows) throws IOException {
        java.nio.file.Path dir = java.nio.file.Path.of("src/main/resources/db/migration");
        List<java.nio.file.Path> later;
        try (var files = java.nio.file.Files.list(dir)) {
            later = files.filter(f -> f.getFileName().toString().matches("V\\d+__.*\\.sql"))
                    .filter(f -> version(f) > 2).sorted(java.util.Comparator.comparingInt(CatalogSeedTest::version)).toList();
        }
        java.util.regex.Pattern update = java.util.regex.Pattern.compile(
                "update drug set [^']*?(?:'[^']*'[^']*?)*?definition =\\s*'((?:[^']|'')*+)'\\s*where code = '([^']+)'",
                java.util.regex.Pattern.DOTALL);
        for (java.nio.file.Path f : later) {
            String sql = java.nio.file.Files.readString(f);
            assertFalse(sql.contains("${"), "Flyway would treat ${...} as a placeholder in " + f);
            var m = update.matcher(sql);
            while (m.find()) {
                String[] row = rows.get(m.group(2));
                assertNotNull(row, f + " updates an unknown drug " + m.group(2));
                rows.put(m.group(2), new String[]{row[0], m.group(1).replace("''", "'")});
            }
        }
    }

    private static int version(java.nio.file.Path f) {
        String name = f.getFileName().toString();
        return Integer.parseInt(name.substring(1, name.indexOf("__")));
    }

    /** The SQL string literals of a statement, with doubled quotes undone; comments skipped. */
    private static List<String> literals(String sql) {
        List<String> out = new ArrayList<>();
        StringBuilder current = null;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (current == null) {
                if (sql.startsWith("--", i)) {
                    int eol = sql.indexOf('\n', i);
                    i = eol < 0 ? sql.length() : eol;
                } else if (c == '\'') {
                    current = new StringBuilder();
                }
            } else if (c == '\'' && i + 1 < sql.length() && sql.charAt(i + 1) == '\'') {
                current.append('\'');
                i++;
            } else if (c == '\'') {
                out.add(current.toString());
                current = null;
            } else {
                current.append(c);
            }
        }
        assertNull(current, "unterminated string literal");
        return out;
    }

    @Test
    void migrationSeedsExactlyTheCatalogFiles() throws IOException {
        Map<String, String[]> rows = migrationRows();
        assertEquals(List.of("cerebrolysin", "cortexin"), List.copyOf(rows.keySet()));
        for (var row : rows.entrySet()) {
            JsonNode file = Catalogs.tree(row.getKey());
            // V2 as later migrations change it: V10 adds the safety fields of issue 9, V41 the pack codes of issue 11.
            JsonNode seeded = db.migration.V41__catalog_gtins.merge(row.getKey(),
                    db.migration.V10__safety_catalog_fields.merge(row.getKey(), Catalogs.JSON.readTree(row.getValue()[1])));
            assertEquals(file, seeded, "V2 + V10 + V41 JSON drifted from catalog/" + row.getKey() + ".json");
            assertEquals(file.get("name").asText(), row.getValue()[0]);
            assertEquals(row.getKey(), file.get("code").asText());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"cerebrolysin", "cortexin"})
    void everyItemNamesItsSource(String code) {
        DrugDefinition d = Catalogs.load(code);
        d.contraindications().forEach(c -> assertFalse(c.source() == null || c.source().isBlank(), c.name()));
        d.interactions().forEach(i -> assertFalse(i.source() == null || i.source().isBlank(), i.name()));
        d.protocols().forEach(p -> assertFalse(p.source() == null || p.source().isBlank(), p.name()));
        d.protocols().forEach(p -> assertTrue(d.route(p.route()).isPresent(), p.name() + " uses a route the drug has"));
    }

    @Test
    void unknownFieldsAreRejectedSoTyposInTheSeedFail() {
        ObjectNode tree = Catalogs.tree("cortexin").deepCopy();
        tree.put("minAgeYear", 3);
        assertThrows(IOException.class, () -> Catalogs.JSON.treeToValue(tree, DrugDefinition.class));
    }

    @Test
    void cerebrolysinHasTheLabelValues() {
        DrugDefinition d = Catalogs.cerebrolysin();
        assertEquals("cerebrolysin", d.code());
        assertEquals(0, new BigDecimal("215.2").compareTo(d.concentrationMgPerMl()));
        assertEquals(18, d.minAgeYears());
        assertEquals(3, d.persistenceDays());
        assertRange(d.dailyVolumeMl(), "10", "50");

        var im = d.route(Route.IM_INJECTION).orElseThrow();
        assertEquals(0, new BigDecimal("5").compareTo(im.maxVolumeMl()));
        assertTrue(im.sites().containsAll(List.of("LEFT_GLUTEAL", "RIGHT_GLUTEAL", "LEFT_DELTOID", "RIGHT_DELTOID")));
        assertEquals(0, BigDecimal.TEN.compareTo(d.route(Route.IV_INJECTION).orElseThrow().maxVolumeMl()));
        var inf = d.route(Route.IV_INFUSION).orElseThrow();
        assertEquals(0, new BigDecimal("50").compareTo(inf.maxVolumeMl()));
        assertEquals(0, new BigDecimal("100").compareTo(inf.minTotalVolumeMl()));
        assertEquals(15, inf.minInfusionMinutes());
        assertEquals(60, inf.maxInfusionMinutes());
        assertEquals(List.of("NaCl 0.9%", "Ringer's solution", "Glucose 5%"), inf.diluents());

        assertTrue(d.sideEffects().containsAll(List.of("Headache", "Dizziness", "Insomnia", "Diarrhoea", "Injection-site reaction")));
        assertEquals(17, d.sideEffects().size());

        var epilepsy = d.contraindications().get(0);
        assertTrue(epilepsy.synonyms().containsAll(List.of("grand mal seizures", "status epilepticus", "seizure disorder")));
        assertEquals(List.of("G40", "G41", "R56"), epilepsy.icd10()); // issue 9: R56 convulsions, the same concept
        assertEquals(List.of("Z82.0", "F44.5"), epilepsy.excludedCodes()); // issue 9: F44.5 dissociative convulsions
        var renal = d.contraindications().get(1);
        assertEquals(0, new BigDecimal("30").compareTo(renal.egfrBelow()));
        assertTrue(renal.icd10().containsAll(List.of("N17", "N18.4", "N18.5", "N18.6", "N19")));
        assertFalse(renal.icd10().contains("N18"), "the N18 category includes mild stages 1-3");
        assertTrue(d.contraindications().get(2).allergySubstances().contains("cerebrolysin"));

        var lithium = d.interactions().get(0);
        assertTrue(lithium.members().containsAll(List.of("lithium carbonate", "Priadel", "Camcolit")));
        assertTrue(lithium.source().contains("clinic-configured"));
        assertTrue(d.interactions().get(1).members().containsAll(
                List.of("sertraline", "Zoloft", "phenelzine", "moclobemide", "mirtazapine", "vortioxetine", "agomelatine")));
    }

    @Test
    void cerebrolysinProtocols() {
        DrugDefinition d = Catalogs.cerebrolysin();
        var stroke = Terminology.findProtocol(d, "Acute ischemic stroke").orElseThrow();
        assertEquals("Acute ischaemic stroke", stroke.name());
        assertEquals(Route.IV_INFUSION, stroke.route());
        assertRange(stroke.dailyVolumeMl(), "20", "50");
        assertEquals(0, new BigDecimal("30").compareTo(stroke.defaultDailyVolumeMl()));
        assertEquals(new DrugDefinition.DayRange(10, 21), stroke.lengthDays());
        assertEquals(21, stroke.defaultLengthDays());
        assertEquals(ScheduleType.DAILY, stroke.schedule());
        assertEquals(72, stroke.latestStartHoursAfterOnset());

        var bleed = Terminology.findProtocol(d, "hemorrhagic stroke").orElseThrow();
        assertRange(bleed.dailyVolumeMl(), "30", "50");
        assertEquals(new DrugDefinition.DayRange(10, 21), bleed.lengthDays());
        var tbi = Terminology.findProtocol(d, "TBI").orElseThrow();
        assertRange(tbi.dailyVolumeMl(), "20", "50");
        assertEquals(new DrugDefinition.DayRange(7, 30), tbi.lengthDays());
        for (String dementia : List.of("Vascular dementia", "Alzheimer's disease")) {
            var p = Terminology.findProtocol(d, dementia).orElseThrow();
            assertRange(p.dailyVolumeMl(), "10", "30");
            assertEquals(ScheduleType.WEEKDAYS, p.schedule());
            assertEquals(28, p.defaultLengthDays());
        }
        var neuropathy = Terminology.findProtocol(d, "Diabetic neuropathy").orElseThrow();
        assertEquals(10, neuropathy.defaultLengthDays());
        assertTrue(neuropathy.source().startsWith("Clinic protocol"));
    }

    @Test
    void cortexinIsAConservativeImOnlyExample() {
        DrugDefinition d = Catalogs.cortexin();
        assertEquals(List.of(Route.IM_INJECTION), d.routes().stream().map(DrugDefinition.RouteLimit::route).toList());
        assertEquals(0, new BigDecimal("2").compareTo(d.route(Route.IM_INJECTION).orElseThrow().maxVolumeMl()));
        assertTrue(d.source().contains("clinic to verify"));
        d.protocols().forEach(p -> assertEquals(Route.IM_INJECTION, p.route()));
    }

    private static void assertRange(DrugDefinition.VolumeRange r, String min, String max) {
        assertEquals(0, new BigDecimal(min).compareTo(r.min()), "min");
        assertEquals(0, new BigDecimal(max).compareTo(r.max()), "max");
    }
}
