package org.clinic.courses.cluster;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.clinic.courses.safety.MissedDoseJob;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.*;

/** A period of a scheduled job is claimed once, however many instances try at the same moment. */
@QuarkusTest
class JobRunsTest {
    @Inject
    JobRuns runs;
    @Inject
    MissedDoseJob job;
    @Inject
    EntityManager em;

    @Test
    void twentySimultaneousClaimsOfOnePeriodLetExactlyOneRun() throws Exception {
        Instant period = Instant.parse("2001-01-01T00:15:00Z");
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Callable<Boolean>> tries = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                tries.add(() -> runs.claim("test-job", period, Instant.now()));
            }
            long won = 0;
            for (Future<Boolean> outcome : pool.invokeAll(tries)) {
                won += outcome.get() ? 1 : 0;
            }
            assertEquals(1, won);
        } finally {
            pool.shutdown();
        }
        assertEquals(1L, rows("test-job", period));
        assertTrue(runs.claim("test-job", period.plusSeconds(900), Instant.now()), "the next period is free");
    }

    @Test
    void theMissedDoseCheckRunsOnceInAPeriodAndRecordsItsRun() {
        int first = job.runOncePerPeriod();
        int second = job.runOncePerPeriod();
        assertTrue(first >= 0, "the first call of the period runs the check");
        assertEquals(-1, second, "the second call of the same period leaves it to the first");
        Object[] row = QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery(
                "select instance, finished_at, raised from job_run where job = ?1 order by period_start desc")
                .setParameter(1, MissedDoseJob.JOB).setMaxResults(1).getSingleResult());
        assertEquals(runs.instance(), row[0]);
        assertNotNull(row[1], "the end of the run is recorded");
        assertEquals(first, ((Number) row[2]).intValue());
    }

    private long rows(String name, Instant period) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from job_run where job = ?1 and period_start = ?2")
                .setParameter(1, name).setParameter(2, period.atOffset(java.time.ZoneOffset.UTC)).getSingleResult()).longValue());
    }
}
