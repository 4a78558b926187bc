package org.clinic.courses.review;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import org.clinic.courses.course.Route;
import org.clinic.courses.course.ScheduleType;
import org.clinic.courses.safety.FlagCode;
import org.clinic.courses.safety.FlagStatus;
import org.clinic.courses.support.DoseFixtures;
import org.clinic.courses.support.WebSession;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.clinic.courses.support.DoseFixtures.today;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every page issue 14 added runs the same number of SQL statements with 1,000 and with 100,000 bulk
 * records in the database (patients, courses, doses, side effects and open flags, a fifth each).
 */
@QuarkusTest
class NewViewStatementsTest {
    @Inject
    EntityManagerFactory emf;

    @AfterAll
    static void cleanUp() {
        BulkRecords.removeAll();
    }

    private long statements(WebSession session, String path) {
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        long before = stats.getPrepareStatementCount();
        session.request().get(path).then().statusCode(200);
        return stats.getPrepareStatementCount() - before;
    }

    private Map<String, Long> measure(WebSession physician, Map<String, Integer> bounds) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String path : bounds.keySet()) {
            physician.request().get(path).then().statusCode(200); // warm-up: the first read of a day may re-judge a course
            // the lower of two reads: the statistics are global, and a sign-in lookup on another thread
            // (a cached identity expiring) can land in one window; an N+1 would show in both reads
            counts.put(path, Math.min(statements(physician, path), statements(physician, path)));
        }
        return counts;
    }

    @Test
    void newViewsRunAFixedNumberOfStatements() {
        LocalDate start = today().minusDays(4);
        long course = DoseFixtures.course(Route.IV_INFUSION, "30", start, 21, ScheduleType.DAILY, "Count", "Fourteen");
        DoseFixtures.flag(course, FlagCode.CONTRAINDICATION, FlagStatus.OPEN);
        long patient = WebSession.apiPhysician().get("/api/courses/" + course).then().statusCode(200)
                .extract().jsonPath().getLong("patientId");
        String period = "from=" + start.minusDays(2) + "&to=" + today();
        Map<String, Integer> bounds = new LinkedHashMap<>();
        bounds.put("/courses/" + course, 12);
        bounds.put("/courses/" + course + "/sign-off", 12);
        bounds.put("/courses/" + course + "/drug-chart", 12);
        bounds.put("/flags", 8);
        bounds.put("/prescribe/patients?q=bulkpatient", 6);
        bounds.put("/courses/new?patientId=" + patient, 10);
        bounds.put("/signals?" + period, 8);
        bounds.put("/physician", 8);
        WebSession physician = WebSession.physician();

        BulkRecords.add(1, 200, start);
        Map<String, Long> small = measure(physician, bounds);
        BulkRecords.add(2, 19_800, start);
        Map<String, Long> large = measure(physician, bounds);

        String home = physician.page("/physician");
        assertTrue(home.contains("id=\"stopped-") && home.contains("id=\"planned-") && home.contains("id=\"running-"),
                "the landing page's running, stopped and planned lists are filled");
        assertTrue(home.contains("The first 100 are shown."), "the bulk fills a list to its cap");
        assertEquals(small, large, "statements per page with 1,000 and with 100,000 bulk records");
        bounds.forEach((path, bound) -> assertTrue(large.get(path) <= bound, path + " ran " + large.get(path) + " statements"));
    }
}
