package db.migration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A migration that adds to the stored drug definitions instead of replacing them (other migrations
 * and administrators change other fields). A changed definition is saved with the one before kept in
 * drug_revision, like an administrator's edit; an unchanged one is left alone.
 */
abstract class CatalogDefinitionMigration extends BaseJavaMigration {
    static final ObjectMapper JSON = new ObjectMapper();

    /** The definition of drug {@code code} after this migration (pure, so CatalogSeedTest can replay it). */
    abstract JsonNode change(String code, JsonNode definition);

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
            String before = drug.getValue()[0];
            String after = JSON.writeValueAsString(change(code, JSON.readTree(before)));
            if (after.equals(before)) continue;
            int revision = Integer.parseInt(drug.getValue()[1]);
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
}
