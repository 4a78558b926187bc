package org.clinic.courses.course;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import org.clinic.courses.patient.Condition;
import org.clinic.courses.patient.Medication;
import org.clinic.courses.patient.Patient;
import org.clinic.courses.support.WebSession;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pages and API calls run the same small number of SQL statements whatever the size of the data. */
@QuarkusTest
class StatementCountTest {
    private static Long oneDose;
    private static Long manyDoses;

    @Inject
    EntityManagerFactory emf;

    @BeforeEach
    void seedOnce() {
        if (oneDose != null) {
            return;
        }
        Fixtures.tx(() -> {
            LocalDate start = LocalDate.now().minusDays(25);
            for (int i = 0; i < 1000; i++) {
                Patient p = Fixtures.patient("Bulk" + i);
                condition(p, "Hypertension");
                medication(p, "Amlodipine");
                if (i % 10 == 0) {
                    TreatmentCourse c = Fixtures.course(p, start, 21);
                    for (int d = 1; d <= 5; d++) Fixtures.dose(c, d, false);
                }
            }
            Patient a = Fixtures.patient("Countone");
            condition(a, "Epilepsy");
            condition(a, "Hypertension");
            medication(a, "Lithium");
            TreatmentCourse one = Fixtures.course(a, start, 21);
            Fixtures.dose(one, 1, false);
            oneDose = one.id;
            Patient b = Fixtures.patient("Countmany");
            condition(b, "Epilepsy");
            TreatmentCourse many = Fixtures.course(b, start, 21);
            for (int d = 1; d <= 21; d++) Fixtures.dose(many, d, d == 4);
            for (int d = 1; d <= 6; d++) Fixtures.event(many, d, "Headache", 1);
            manyDoses = many.id;
            return null;
        });
    }

    private static void condition(Patient p, String name) {
        Condition c = new Condition();
        c.patient = p;
        c.name = name;
        c.recordedAt = Instant.now();
        c.persist();
    }

    private static void medication(Patient p, String name) {
        Medication m = new Medication();
        m.patient = p;
        m.name = name;
        m.recordedAt = Instant.now();
        m.persist();
    }

    private long statements(Runnable call) {
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        long before = stats.getPrepareStatementCount();
        call.run();
        return stats.getPrepareStatementCount() - before;
    }

    @Test
    void coursePageIsFixed() {
        WebSession physician = WebSession.physician();
        physician.page("/courses/" + oneDose); // warm-up: the first read of a day may re-judge the course
        physician.page("/courses/" + manyDoses);
        long one = statements(() -> physician.page("/courses/" + oneDose));
        long many = statements(() -> physician.page("/courses/" + manyDoses));
        assertEquals(one, many, "same statements for 1 and 21 doses");
        assertTrue(one <= 10, "course page ran " + one + " statements");
    }

    @Test
    void courseApiIsFixed() {
        // The first read of a day may re-judge the course (bounded, once a day); measure steady reads.
        WebSession.apiNurse().get("/api/courses/" + oneDose).then().statusCode(200);
        WebSession.apiNurse().get("/api/courses/" + manyDoses).then().statusCode(200);
        long one = statements(() -> WebSession.apiNurse().get("/api/courses/" + oneDose).then().statusCode(200));
        long many = statements(() -> WebSession.apiNurse().get("/api/courses/" + manyDoses).then().statusCode(200));
        assertEquals(one, many, "same statements for 1 and 21 doses");
        assertTrue(one <= 8, "course API ran " + one + " statements");
        long list = statements(() -> WebSession.apiNurse().get("/api/courses").then().statusCode(200));
        assertTrue(list <= 8, "course list API ran " + list + " statements");
    }

    @Test
    void patientSearchIsFixed() {
        WebSession nurse = WebSession.nurse();
        long thousand = statements(() -> nurse.page("/patients?q=bulk"));
        long single = statements(() -> nurse.page("/patients?q=countone"));
        assertEquals(single, thousand, "same statements for 1 and 1,000 matches");
        assertTrue(thousand <= 4, "patient search ran " + thousand + " statements");
        long api = statements(() -> WebSession.apiNurse().queryParam("q", "bulk").get("/api/patients").then().statusCode(200));
        assertTrue(api <= 8, "patient search API ran " + api + " statements");
    }
}
