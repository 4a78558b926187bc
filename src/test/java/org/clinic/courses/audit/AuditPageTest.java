package org.clinic.courses.audit;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.clinic.courses.support.WebSession;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

/** Administrators read the audit trail with filters and download the same rows as CSV. */
@QuarkusTest
class AuditPageTest {
    @Inject
    AuditLog audit;
    @Inject
    EntityManagerFactory emf;

    @Test
    void theAdminFiltersByUserAndActionAndDownloadsTheRows() {
        String who = "auditee-" + System.nanoTime() % 100000;
        QuarkusTransaction.requiringNew().run(() -> {
            audit.write(who, "TEST_SEEN", "Patient", 5L, "=HYPERLINK(\"x\")", "192.0.2.9");
            audit.write(who, "TEST_OTHER", "Patient", 6L, "other", "192.0.2.9");
        });
        WebSession admin = WebSession.admin();
        String page = admin.page("/admin/audit?user=" + who + "&action=TEST_SEEN");
        assertTrue(page.contains("TEST_SEEN") && !page.contains("TEST_OTHER"), page);
        assertTrue(page.contains("192.0.2.9"));
        String csv = admin.request().get("/admin/audit/export?user=" + who + "&action=TEST_SEEN").then().statusCode(200)
                .header("Content-Disposition", containsString("audit.csv")).extract().asString();
        assertTrue(csv.startsWith("id,occurred_at,username,action"), csv);
        assertTrue(csv.contains("TEST_SEEN") && !csv.contains("TEST_OTHER"), csv);
        assertTrue(csv.contains("'=HYPERLINK"), "a formula reached the spreadsheet: " + csv);
        String today = java.time.LocalDate.now().toString();
        String around = admin.page("/admin/audit?user=" + who + "&from=" + java.time.LocalDate.now().minusDays(1)
                + "&to=" + java.time.LocalDate.now().plusDays(1));
        assertTrue(around.contains("TEST_SEEN") && around.contains("TEST_OTHER"), "rows of " + today + " are in range");
        String past = admin.page("/admin/audit?user=" + who + "&from=2000-01-01&to=2000-01-31");
        assertFalse(past.contains("TEST_SEEN"), "a range in 2000 holds no row of today");
        admin.request().get("/admin/audit?from=not-a-day").then().statusCode(200).body(containsString("YYYY-MM-DD"));
    }

    @Test
    void aFullPageRunsNoMoreStatementsThanOneRow() {
        String who = "bulk-" + System.nanoTime() % 100000;
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < 150; i++) audit.write(who, "TEST_BULK", "Patient", (long) i, "row " + i, "192.0.2.1");
        });
        WebSession admin = WebSession.admin();
        admin.page("/admin/audit?user=" + who);
        long full = statements(() -> admin.page("/admin/audit?user=" + who));
        long one = statements(() -> admin.page("/admin/audit?user=" + who + "&action=none"));
        assertEquals(one, full, "same statements for 0 and 100 rows");
        assertTrue(full <= 8, "audit page ran " + full + " statements");
        String older = admin.page("/admin/audit?user=" + who + "&page=1");
        assertTrue(older.contains("row 49") && !older.contains("row 50<"), "second page holds the 50 oldest rows");
        admin.request().get("/admin/audit?page=abc").then().statusCode(200);
        long csv = statements(() -> admin.request().get("/admin/audit/export?user=" + who).then().statusCode(200));
        assertTrue(csv <= 10, "audit CSV ran " + csv + " statements");
    }

    private long statements(Runnable call) {
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        long before = stats.getPrepareStatementCount();
        call.run();
        return stats.getPrepareStatementCount() - before;
    }

    @Test
    void othersMayNotReadIt() {
        WebSession.nurse().request().get("/admin/audit").then().statusCode(403);
        WebSession.physician().request().get("/admin/audit/export").then().statusCode(403);
    }
}
