package org.clinic.courses.proof;

import java.util.LinkedHashMap;
import java.util.Map;

/** Row counts of the clinical and admin tables, to show a refused request stored nothing. */
final class Counts {
    private Counts() {
    }

    static Map<String, Long> now() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : DbSnapshot.CLINICAL) {
            counts.put(table, DbSnapshot.count(table));
        }
        for (String table : DbSnapshot.ADMIN) {
            counts.put(table, DbSnapshot.count(table));
        }
        return counts;
    }
}
