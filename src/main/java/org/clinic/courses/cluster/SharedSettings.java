package org.clinic.courses.cluster;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The settings every instance of a cluster must share, checked at start against the instances seen
 * in the last {@link #RECENT}: a different session key (each instance then refuses the others'
 * sessions, and users are told their password is wrong) or clinic zone (a dose falls on another
 * calendar day depending on the instance) stops the start with a message that says which; a different
 * missed-dose period is logged. Each instance keeps its row in {@code instance_heartbeat} fresh and
 * removes it on a clean stop, so after stopping every instance the settings may change. On the
 * embedded H2 database (one process opens its file: a single instance) there is nothing to agree with.
 */
@ApplicationScoped
public class SharedSettings {
    private static final Logger LOG = Logger.getLogger(SharedSettings.class);
    static final Duration BEAT = Duration.ofSeconds(10);
    static final Duration RECENT = BEAT.multipliedBy(3);

    @Inject
    AgroalDataSource dataSource;
    @Inject
    JobRuns jobRuns;
    @Inject
    Clock clock;
    @ConfigProperty(name = "quarkus.http.auth.session.encryption-key")
    Optional<String> sessionKey;
    @ConfigProperty(name = "tracker.missed-dose.every")
    Duration missedDoseEvery;
    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;

    /** What this instance runs with, as compared and stored; the key only as an HMAC check value. */
    record Settings(String sessionKeyCheck, String clinicZone, String missedDoseEvery) {
    }

    /** Another instance seen lately, with its settings. */
    record Seen(String instance, Settings settings, Instant seenAt) {
    }

    void onStart(@Observes @Priority(5) StartupEvent event) throws SQLException {
        if (!shared()) {
            return;
        }
        Settings mine = mine();
        List<Seen> others = recentOthers();
        refuseDifferences(jobRuns.instance(), mine, others);
        beat(mine, true);
    }

    @Scheduled(every = "10s", delayed = "10s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void heartbeat() {
        if (!shared()) {
            return;
        }
        try {
            beat(mine(), false);
        } catch (SQLException e) {
            LOG.warnf("could not refresh this instance's heartbeat row: %s", e.getMessage());
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        if (!shared()) {
            return;
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement delete = c.prepareStatement("delete from instance_heartbeat where instance = ?")) {
            c.setAutoCommit(true);
            delete.setString(1, jobRuns.instance());
            delete.executeUpdate();
        } catch (SQLException | RuntimeException e) {
            LOG.debugf("could not remove this instance's heartbeat row at stop: %s", e.getMessage());
        }
    }

    /** A database several instances can share (not the embedded H2 file). */
    boolean shared() {
        return !"h2".equalsIgnoreCase(dbKind);
    }

    Settings mine() {
        String key = sessionKey.filter(k -> !k.isBlank()).map(SharedSettings::keyCheck).orElse(null);
        return new Settings(key, clock.getZone().getId(), missedDoseEvery.toString());
    }

    /**
     * Throws if a setting that decides behaviour differs from an instance seen lately; logs a
     * difference in the missed-dose period (the check still runs once per period of each length).
     */
    static void refuseDifferences(String me, Settings mine, List<Seen> others) {
        List<String> refused = new ArrayList<>();
        for (Seen other : others) {
            if (!Objects.equals(mine.sessionKeyCheck(), other.settings().sessionKeyCheck())) {
                refused.add("TRACKER_SESSION_KEY differs from the one instance " + other.instance() + " uses (each "
                        + "instance would refuse the other's sessions and logins)");
            }
            if (!mine.clinicZone().equals(other.settings().clinicZone())) {
                refused.add("TRACKER_CLINIC_ZONE is " + mine.clinicZone() + " here but " + other.settings().clinicZone()
                        + " on instance " + other.instance() + " (a dose would fall on another day depending on the instance)");
            }
            if (!mine.missedDoseEvery().equals(other.settings().missedDoseEvery())) {
                LOG.warnf("TRACKER_MISSED_DOSE_EVERY is %s here but %s on instance %s: set the same period on every instance",
                        mine.missedDoseEvery(), other.settings().missedDoseEvery(), other.instance());
            }
        }
        if (!refused.isEmpty()) {
            throw new IllegalStateException("Instance " + me + " refuses to start: " + String.join("; ", refused)
                    + ". Every instance of a cluster must use the same settings (README, \"A cluster\"). To change "
                    + "them, stop every instance, wait " + RECENT.toSeconds() + " s, and start them with the new settings.");
        }
    }

    /** Times are the database's, so the instances' clocks need not agree to the second. */
    List<Seen> recentOthers() throws SQLException {
        List<Seen> seen = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement("select instance, session_key_check, clinic_zone, missed_dose_every,"
                     + " seen_at from instance_heartbeat where seen_at > current_timestamp - interval '" + RECENT.toSeconds()
                     + "' second and instance <> ?")) {
            c.setAutoCommit(true);
            select.setString(1, jobRuns.instance());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    seen.add(new Seen(rows.getString(1), new Settings(rows.getString(2), rows.getString(3), rows.getString(4)),
                            rows.getObject(5, OffsetDateTime.class).toInstant()));
                }
            }
        }
        return seen;
    }

    private void beat(Settings mine, boolean starting) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            try (PreparedStatement update = c.prepareStatement("update instance_heartbeat set session_key_check = ?, clinic_zone = ?,"
                    + " missed_dose_every = ?, seen_at = current_timestamp" + (starting ? ", started_at = current_timestamp" : "")
                    + " where instance = ?")) {
                update.setString(1, mine.sessionKeyCheck());
                update.setString(2, mine.clinicZone());
                update.setString(3, mine.missedDoseEvery());
                update.setString(4, jobRuns.instance());
                if (update.executeUpdate() > 0) {
                    return;
                }
            }
            try (PreparedStatement insert = c.prepareStatement("insert into instance_heartbeat (instance, session_key_check,"
                    + " clinic_zone, missed_dose_every, started_at, seen_at) values (?, ?, ?, ?, current_timestamp, current_timestamp)")) {
                insert.setString(1, jobRuns.instance());
                insert.setString(2, mine.sessionKeyCheck());
                insert.setString(3, mine.clinicZone());
                insert.setString(4, mine.missedDoseEvery());
                insert.executeUpdate();
            }
        }
    }

    /** An HMAC of a fixed text under the key: equal for equal keys, and says nothing of the key itself. */
    static String keyCheck(String key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal("course-tracker session key check".getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

}
