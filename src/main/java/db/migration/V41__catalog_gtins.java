package db.migration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

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
public class V41__catalog_gtins extends CatalogDefinitionMigration {
    static final Map<String, List<String>> GTINS = Map.of(
            "cerebrolysin", List.of("02000001000014", "02000001000021", "02000001000038"),
            "cortexin", List.of("02000002000013"));

    @Override
    JsonNode change(String code, JsonNode definition) {
        return merge(code, definition);
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
