package org.clinic.courses.audit;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.clinic.courses.support.DoseFixtures;
import org.clinic.courses.support.WebSession;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** What the audit trail records: API logins (aggregated), refusals with their request, patient reads (hourly). */
@QuarkusTest
class AuditTrailTest {

    @Test
    void basicLoginsAreRecordedOncePerAccountClientAndHour() {
        String client = "198.51.100.21";
        for (int i = 0; i < 5; i++) {
            WebSession.apiPhysician().header("X-Forwarded-For", client).get("/api/patients").then().statusCode(200);
        }
        assertEquals(1, count("action = 'LOGIN_BASIC' and username = 'physician' and clientAddress = ?1", client));
    }

    @Test
    void accessDeniedRecordsPathMethodAndClient() throws Exception {
        WebSession nurse = WebSession.nurse();
        nurse.request().header("X-Forwarded-For", "198.51.100.22").get("/admin/users").then().statusCode(403);
        WebSession.apiNurse().header("X-Forwarded-For", "198.51.100.23").get("/api/users").then().statusCode(403);
        List<AuditEvent> rows = List.of();
        for (int i = 0; i < 50 && rows.size() < 2; i++) {
            Thread.sleep(100); // the refusal is written asynchronously
            rows = QuarkusTransaction.requiringNew().call(() -> AuditEvent.<AuditEvent>list(
                    "action = 'ACCESS_DENIED' and username = 'nurse' and clientAddress like '198.51.100.2%'"));
        }
        List<String> seen = rows.stream().map(r -> r.detail + " " + r.clientAddress).toList();
        assertEquals(2, rows.size(), seen.toString());
        assertTrue(seen.contains("GET /admin/users 198.51.100.22"), seen.toString());
        assertTrue(seen.contains("GET /api/users 198.51.100.23"), seen.toString());
    }

    @Test
    void readsOfAPatientRecordLeaveOneRowPerUserPatientAndHour() {
        long patient = QuarkusTransaction.requiringNew().call(() -> DoseFixtures.patient("Read", "Audited").id);
        WebSession nurse = WebSession.nurse();
        nurse.page("/patients/" + patient);
        nurse.page("/patients/" + patient);
        WebSession.apiNurse().get("/api/patients/" + patient).then().statusCode(200);
        WebSession.apiPhysician().get("/api/patients/" + patient).then().statusCode(200);
        assertEquals(1, count("action = 'PATIENT_READ' and username = 'nurse' and targetId = ?1", patient));
        assertEquals(1, count("action = 'PATIENT_READ' and username = 'physician' and targetId = ?1", patient));
    }

    private static long count(String query, Object... params) {
        return QuarkusTransaction.requiringNew().call(() -> AuditEvent.count(query, params));
    }
}
