package org.clinic.courses.cluster;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Which instance runs a scheduled job in a period. Every instance tries to insert the period's
 * {@code job_run} row; the database's primary key lets exactly one succeed, so a job runs once per
 * period across the cluster and the table records who ran it. Each statement commits on its own:
 * the claim must be visible to the other instances before the job starts.
 */
@ApplicationScoped
public class JobRuns {
    @Inject
    AgroalDataSource dataSource;
    @ConfigProperty(name = "tracker.instance-name")
    Optional<String> configuredName;

    /** The name this instance records in {@code job_run}: configured, or host and process id. */
    public String instance() {
        return configuredName.filter(n -> !n.isBlank()).orElseGet(ManagementFactory.getRuntimeMXBean()::getName);
    }

    /** True if this instance won the period (and must run the job), false if another one has it. */
    public boolean claim(String job, Instant periodStart, Instant now) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "insert into job_run (job, period_start, instance, started_at) values (?, ?, ?, ?)")) {
            connection.setAutoCommit(true);
            insert.setString(1, job);
            insert.setObject(2, utc(periodStart));
            insert.setString(3, instance());
            insert.setObject(4, utc(now));
            insert.executeUpdate();
            return true;
        } catch (SQLException e) {
            if ("23505".equals(e.getSQLState())) {
                return false;
            }
            throw new IllegalStateException("could not claim " + job + " for " + periodStart, e);
        }
    }

    /** Records that the run of a claimed period ended, and how many flags it raised. */
    public void finished(String job, Instant periodStart, Instant now, int raised) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(
                     "update job_run set finished_at = ?, raised = ? where job = ? and period_start = ?")) {
            connection.setAutoCommit(true);
            update.setObject(1, utc(now));
            update.setInt(2, raised);
            update.setString(3, job);
            update.setObject(4, utc(periodStart));
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not record the end of " + job + " for " + periodStart, e);
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
