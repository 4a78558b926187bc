package org.clinic.courses.safety;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Re-judges every running course (and those that ended in the last {@link #GRACE_DAYS} days) every
 * 15 minutes, so a missed dose is flagged even when nobody opens the course. Batches of
 * {@link #BATCH} courses, each in its own transaction: one failing batch does not stop the others.
 */
@ApplicationScoped
public class MissedDoseJob {
    static final int BATCH = 50;
    static final int GRACE_DAYS = 2;
    private static final Logger LOG = Logger.getLogger(MissedDoseJob.class);

    @Inject
    FlagQueries queries;
    @Inject
    SafetyService safety;
    @Inject
    Clock clock;

    @Scheduled(every = "15m", delayed = "1m", identity = "missed-dose-check",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        int raised = run();
        if (raised > 0) LOG.infof("Scheduled safety check raised %d flag(s)", raised);
    }

    /** One pass over the watched courses; returns how many flags it raised. */
    public int run() {
        LocalDate today = LocalDate.now(clock);
        List<Long> ids = QuarkusTransaction.requiringNew().call(() -> queries.coursesToWatch(today, GRACE_DAYS));
        int raised = 0;
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<Long> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
            try {
                raised += QuarkusTransaction.requiringNew().call(() -> safety.evaluateCourses(batch).raised().size());
            } catch (RuntimeException e) {
                LOG.errorf(e, "Safety check failed for courses %s; the next run tries again", batch);
            }
        }
        return raised;
    }
}
