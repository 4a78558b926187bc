package db.migration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
 * Issue 11 (scanning): each seeded drug's pack codes ({@code gtins}), checked when a pack's GS1
 * DataMatrix is scanned. Added to the stored definition, never replacing it (V10 and administrators
 * change other fields); a drug that already has {@code gtins} keeps them. The shipped codes are
 * examples in the GS1 restricted-circulation range (prefix 02): a clinic replaces them with its
 * suppliers' codes on the drug catalog page. {@link #merge} is pure so CatalogSeedTest can check
 * that V2 plus the later migrations equals the catalog files.
 */
public class V41__catalog_gtins extends BaseJavaMigration {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final Map<String, List<String>> GTINS = Map.of(
            "cerebrolysin", List.of("02000001000014", "02000001000021", "02000001000038"),
            "cortexin", List.of("02000002000013"));

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
            String before = drug.getValue()[0];
            String after = JSON.writeValueAsString(merge(drug.getKey(), JSON.readTree(before)));
            if (after.equals(before)) continue;
            int revision = Integer.parseInt(drug.getValue()[1]);
            try (PreparedStatement keep = db.prepareStatement("insert into drug_revision (drug_code, revision, "
                    + "definition, saved_at, saved_by) values (?, ?, ?, ?, 'system')")) {
                keep.setString(1, drug.getKey());
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
                write.setString(4, drug.getKey());
                write.executeUpdate();
            }
        }
    }

    /** The definition with its pack codes, unless it already has some. */
    public static JsonNode merge(String code, JsonNode definition) {
        ObjectNode d = definition.deepCopy();
        List<String> gtins = GTINS.get(code);
        if (gtins != null && !d.has("gtins")) {
            var list = d.putArray("gtins");
            gtins.forEach(list::add);
        }
        return d;
    }
}
