package org.clinic.courses.dose;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import org.clinic.courses.course.Route;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.clinic.courses.support.DoseFixtures.activeCourse;
import static org.clinic.courses.support.DoseFixtures.earlierToday;
import static org.clinic.courses.support.WebSession.apiNurse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What one dose POST costs the database: the statements it prepares and the flushes it makes stay
 * the same small number whether the course has one dose or twenty (the safety check reads each kind
 * of record once, the idempotency key is the administration's own column, the audit line one insert).
 */
@QuarkusTest
class DoseStatementsTest {
    private static final Logger LOG = Logger.getLogger(DoseStatementsTest.class);

    @Inject
    EntityManagerFactory emf;

    record Cost(long statements, long flushes, long transactions) {
    }

    @Test
    void aDosePostRunsABoundedNumberOfStatements() {
        long course = activeCourse(Route.IV_INFUSION, "30");
        // all 21 doses on today's course day, whatever the hour the test runs
        Instant first = earlierToday(200 * 60);
        Duration step = Duration.between(first, Instant.now()).dividedBy(22);
        // the first warms the app's caches (catalog, users); the second raises the day's duplicate-dose flag
        post(course, first, step, 0);
        post(course, first, step, 1);
        Cost third = post(course, first, step, 2);
        for (int i = 3; i < 20; i++) post(course, first, step, i);
        Cost twentieth = post(course, first, step, 20);
        LOG.infof("dose POST: %s (third dose), %s (twenty-first dose)", third, twentieth);
        assertEquals(third, twentieth, "same cost with 20 doses on the course");
        // key look-up; course; one safety evaluation (lock, patient, conditions, medications, allergies, doses,
        // side effects, flags, same-drug courses); the dose and its audit line. Two evaluations (before and
        // after the insert) made 24.
        assertTrue(third.statements() <= 17, "a dose POST ran " + third.statements() + " statements");
        assertEquals(1, third.flushes(), "one flush per dose POST");
        // the key look-up runs inside the dose's own transaction, not in one of its own before it
        assertEquals(1, third.transactions(), "one transaction per dose POST");
    }

    private Cost post(long course, Instant first, Duration step, int n) {
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        long statements = stats.getPrepareStatementCount();
        long flushes = stats.getFlushCount();
        long transactions = stats.getTransactionCount();
        apiNurse().header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("administeredAt", first.plus(step.multipliedBy(n)).toString(),
                        "route", "IV_INFUSION", "volumeMl", 30, "status", "GIVEN", "lotNumber", "L-COUNT",
                        "diluent", "NaCl 0.9%", "diluentVolumeMl", 100, "infusionMinutes", 20))
                .post("/api/courses/" + course + "/administrations").then().statusCode(201);
        return new Cost(stats.getPrepareStatementCount() - statements, stats.getFlushCount() - flushes,
                stats.getTransactionCount() - transactions);
    }
}
