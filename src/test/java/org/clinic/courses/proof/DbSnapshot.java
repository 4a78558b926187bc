package org.clinic.courses.proof;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import io.quarkus.arc.Arc;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The content of the app's tables, row by row, so a test can prove a request changed nothing
 * (not only the counts: an update in place shows too).
 */
final class DbSnapshot {
    static final List<String> CLINICAL = List.of("patient", "patient_condition", "patient_medication",
            "patient_allergy", "treatment_course", "administration", "adverse_event", "flag", "bed_assignment",
            "physician_request", "adverse_event_coding", "patient_version");
    static final List<String> ADMIN = List.of("app_user", "drug", "drug_revision", "ward", "ward_preference", "meddra_release",
            "totp_recovery_code");
    /**
     * Audit actions a read writes by design: signing in and out, refused access, exports (every
     * export is recorded, api.md), API logins and reads of a patient's record (issue 10).
     * Everything else in the audit log is a change and is compared.
     */
    static final String READ_ACTIONS = "('LOGIN','LOGIN_FAILURE','LOGIN_LOCKED_OUT','LOGOUT','ACCESS_DENIED',"
            + "'EXPORT_ADVERSE_EVENTS','SIGNAL_EXPORTED','LOGIN_BASIC','PATIENT_READ','EXPORT_AUDIT')";

    private DbSnapshot() {
    }

    /** Table name → every row as text, in id order; plus the audit log without session actions. */
    static Map<String, String> take(List<String> tables) {
        return QuarkusTransaction.requiringNew().call(() -> {
            EntityManager em = Arc.container().instance(EntityManager.class).get();
            Map<String, String> snapshot = new LinkedHashMap<>();
            for (String table : tables) {
                snapshot.put(table, rows(em, "select * from " + table + " order by 1"));
            }
            snapshot.put("audit_event", rows(em, "select * from audit_event where action not in " + READ_ACTIONS
                    + " order by id"));
            return snapshot;
        });
    }

    static Map<String, String> all() {
        List<String> tables = new java.util.ArrayList<>(CLINICAL);
        tables.addAll(ADMIN);
        return take(tables);
    }

    static long count(String table) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) Arc.container().instance(EntityManager.class).get()
                .createNativeQuery("select count(*) from " + table).getSingleResult()).longValue());
    }

    private static String rows(EntityManager em, String sql) {
        StringBuilder text = new StringBuilder();
        for (Object row : em.createNativeQuery(sql).getResultList()) {
            text.append(row instanceof Object[] cells ? Arrays.deepToString(cells) : String.valueOf(row)).append('\n');
        }
        return text.toString();
    }
}
