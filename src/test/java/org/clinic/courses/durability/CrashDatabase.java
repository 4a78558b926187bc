package org.clinic.courses.durability;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Reads the H2 files directly, with plain JDBC, once the app has stopped (the audit log has no API). */
final class CrashDatabase {
    private CrashDatabase() {
    }

    /** Every administration of the course has exactly one ADMINISTRATION_RECORDED entry naming it. */
    static void assertOneAuditEntryPerAdministration(Path dir, long courseId, int expected) throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("tracker").toAbsolutePath();
        try (Connection db = DriverManager.getConnection(url, "tracker", "tracker");
             PreparedStatement q = db.prepareStatement("select a.id, a.lot_number, "
                     + "(select count(*) from audit_event e where e.action = 'ADMINISTRATION_RECORDED' "
                     + " and e.target_type = 'Administration' and e.target_id = a.id) as entries "
                     + "from administration a where a.course_id = ?")) {
            q.setLong(1, courseId);
            int rows = 0;
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    rows++;
                    assertEquals(1, r.getInt("entries"), "audit entries for administration " + r.getLong("id")
                            + " (" + r.getString("lot_number") + ")");
                }
            }
            assertEquals(expected, rows, "administrations in the database files");
        }
    }
}
