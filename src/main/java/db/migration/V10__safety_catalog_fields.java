package db.migration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Issue 9: adds the safety catalog fields to the seeded drugs without replacing the rest of their
 * definition (other branches and administrators change other fields): {@code importantMedicalEvents}
 * and {@code followUpDays} on the drug, {@code reactionTerms} on contraindications. The definition
 * before is kept in drug_revision, like an administrator's edit. {@link #merge} is pure so
 * CatalogSeedTest can check that V2 plus this migration equals the catalog files.
 */
public class V10__safety_catalog_fields extends BaseJavaMigration {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** EMA Important Medical Event terms relevant to these drugs (a selection the clinic reviews). */
    static final List<String> IME = List.of(
            "seizure", "seizures", "convulsion", "convulsions", "status epilepticus", "epileptic seizure",
            "anaphylaxis", "anaphylactic reaction", "anaphylactic shock", "anaphylactoid reaction", "angioedema",
            "acute kidney injury", "acute renal failure", "cardiac arrest", "ventricular fibrillation",
            "respiratory failure", "intracranial haemorrhage", "cerebral haemorrhage", "pulmonary embolism",
            "Stevens-Johnson syndrome", "toxic epidermal necrolysis", "agranulocytosis", "hepatic failure",
            "suicide attempt", "suicidal ideation", "loss of consciousness", "syncope");
    static final List<String> HYPERSENSITIVITY = List.of(
            "hypersensitivity", "hypersensitivity reaction", "allergic reaction", "drug allergy", "anaphylaxis",
            "anaphylactic reaction", "anaphylactic shock", "anaphylactoid reaction", "angioedema");
    static final List<String> SEIZURE = List.of("fit", "fits", "seizure activity", "convulsion", "epileptic fit");

    /** Per drug: follow-up days, and reaction terms per contraindication name. */
    static final Map<String, Integer> FOLLOW_UP = Map.of("cerebrolysin", 30, "cortexin", 30);
    static final Map<String, Map<String, List<String>>> REACTIONS = Map.of(
            "cerebrolysin", ordered("Epilepsy/seizure disorders", SEIZURE,
                    "Hypersensitivity to Cerebrolysin", HYPERSENSITIVITY),
            "cortexin", ordered("Hypersensitivity to Cortexin", HYPERSENSITIVITY));

    @Override
    public void migrate(Context context) throws Exception {
        Connection db = context.getConnection();
        Map<String, String[]> drugs = new LinkedHashMap<>();
        try (PreparedStatement read = db.prepareStatement("select code, definition, revision from drug order by code");
             ResultSet rows = read.executeQuery()) {
            while (rows.next()) drugs.put(rows.getString(1), new String[]{rows.getString(2), rows.getString(3)});
        }
        Timestamp now = Timestamp.from(Instant.now());
        for (var drug : drugs.entrySet()) {
            String code = drug.getKey();
            if (!FOLLOW_UP.containsKey(code)) continue;
            String before = drug.getValue()[0];
            int revision = Integer.parseInt(drug.getValue()[1]);
            String after = JSON.writeValueAsString(merge(code, JSON.readTree(before)));
            if (after.equals(before)) continue;
            try (PreparedStatement keep = db.prepareStatement("insert into drug_revision (drug_code, revision, "
                    + "definition, saved_at, saved_by) values (?, ?, ?, ?, 'system')")) {
                keep.setString(1, code);
                keep.setInt(2, revision);
                keep.setString(3, before);
                keep.setTimestamp(4, now);
                keep.executeUpdate();
            }
            try (PreparedStatement write = db.prepareStatement("update drug set definition = ?, revision = ?, "
                    + "updated_at = ?, updated_by = 'system' where code = ?")) {
                write.setString(1, after);
                write.setInt(2, revision + 1);
                write.setTimestamp(3, now);
                write.setString(4, code);
                write.executeUpdate();
            }
        }
    }

    /** The definition with the fields added where absent (values already set are kept). */
    public static JsonNode merge(String code, JsonNode definition) {
        ObjectNode d = definition.deepCopy();
        if (!d.has("importantMedicalEvents")) {
            ArrayNode ime = d.putArray("importantMedicalEvents");
            IME.forEach(ime::add);
        }
        if (!d.has("followUpDays") && FOLLOW_UP.containsKey(code)) d.put("followUpDays", FOLLOW_UP.get(code));
        Map<String, List<String>> reactions = REACTIONS.getOrDefault(code, Map.of());
        for (JsonNode ci : d.path("contraindications")) {
            if (ci.has("reactionTerms")) continue;
            ArrayNode terms = ((ObjectNode) ci).putArray("reactionTerms");
            reactions.getOrDefault(ci.path("name").asText(), List.of()).forEach(terms::add);
        }
        return d;
    }

    private static Map<String, List<String>> ordered(Object... pairs) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            @SuppressWarnings("unchecked") List<String> v = (List<String>) pairs[i + 1];
            m.put((String) pairs[i], v);
        }
        return m;
    }
}
