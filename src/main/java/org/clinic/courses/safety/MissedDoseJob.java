package org.clinic.courses.safety;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.clinic.courses.cluster.JobRuns;
import org.clinic.courses.cluster.SchedulePeriod;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Re-judges every running course (and those that ended in the last {@link #GRACE_DAYS} days) once
 * per period ({@code tracker.missed-dose.every}, 15 minutes), so a missed dose is flagged even when
 * nobody opens the course. Every instance of a cluster fires; the one that claims the period in
 * {@code job_run} runs it (see {@link JobRuns}). Batches of {@link #BATCH} courses, each in its own
 * transaction: one failing batch does not stop the others.
 */
@ApplicationScoped
public class MissedDoseJob {
    static final int BATCH = 50;
    static final int GRACE_DAYS = 2;
    public static final String JOB = "missed-dose-check";
    private static final Logger LOG = Logger.getLogger(MissedDoseJob.class);

    @Inject
    FlagQueries queries;
    @Inject
    SafetyService safety;
    @Inject
    JobRuns runs;
    @Inject
    Clock clock;
    @ConfigProperty(name = "tracker.missed-dose.every")
    Duration every;

    @Scheduled(every = "${tracker.missed-dose.every}", delayed = "${tracker.missed-dose.delay}", identity = JOB,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        runOncePerPeriod();
    }

    /**
     * Runs the check unless another instance already ran it in this period; returns the flags raised,
     * or -1 when the period belonged to another instance.
     */
    public int runOncePerPeriod() {
        Instant now = clock.instant();
        Instant period = new SchedulePeriod(every).startOf(now);
        if (!runs.claim(JOB, period, now)) {
            LOG.infof("Missed-dose check of period %s left to the instance that claimed it first", period);
            return -1;
        }
        int raised = run();
        runs.finished(JOB, period, clock.instant(), raised);
        LOG.infof("Missed-dose check of period %s ran on %s and raised %d flag(s)", period, runs.instance(), raised);
        return raised;
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
