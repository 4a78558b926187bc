package org.clinic.courses.report;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import org.clinic.courses.course.TreatmentCourse;
import org.clinic.courses.support.WebSession;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.*;

/** The preview runs the same few statements for 3 events or 300 (more than it shows). */
@QuarkusTest
class ReportPageStatementsTest {
    private static final String PAGE = "/reports?from=2024-01-01&to=2024-01-31&drug=cerebrolysin";

    @Inject
    EntityManagerFactory emf;

    @Test
    void statementsDoNotGrowWithTheData() {
        LocalDate start = LocalDate.of(2024, 1, 1);
        seed(start, 1, 3);
        WebSession physician = WebSession.physician();
        long small = statements(physician, PAGE);
        long smallByPatient = statements(physician, PAGE + "&patient=MRN-STAT-0-0");

        seed(start, 30, 10); // 300 events in 30 courses: beyond the 200-row cap
        long large = statements(physician, PAGE);
        long largeByPatient = statements(physician, PAGE + "&patient=MRN-STAT-0-0");
        String html = physician.page(PAGE);
        // 3 + 300 events, of which one in seven (d = 6) voided: 3 + 270 shown in the count
        assertTrue(html.contains("Showing the first 200 of 273 events"), html);
        assertTrue(html.contains("<strong>30</strong> voided records are left out"), html);

        assertEquals(small, large, "statements for the preview");
        assertEquals(smallByPatient, largeByPatient, "statements with a patient search");
        assertTrue(large <= 4, "drugs, counts, preview rows (+ session lookups): " + large);
    }

    private static int batch;

    private static void seed(LocalDate start, int courses, int eventsEach) {
        int b = batch++;
        for (int i = 0; i < courses; i++) {
            TreatmentCourse c = ReportSeed.course("MRN-STAT-" + b + "-" + i, start);
            for (int d = 0; d < eventsEach; d++) {
                ReportSeed.event(c, start.plusDays(d % 28), "Headache", 1 + d % 3, d % 5 == 0, d % 7 == 6);
            }
        }
    }

    private long statements(WebSession session, String path) {
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        stats.clear();
        session.request().get(path).then().statusCode(200);
        return stats.getPrepareStatementCount();
    }
}
