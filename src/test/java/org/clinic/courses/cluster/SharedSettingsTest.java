package org.clinic.courses.cluster;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An instance started with another session key or clinic zone than the instances already running
 * refuses to start and says which setting differs (the operations review: a different key made every
 * other login fail as "wrong password", with nothing in any log). The tests run on H2, so they check
 * the comparison against rows of the table; a real refused start on PostgreSQL is in the cluster pass
 * of .ci/run.
 */
@QuarkusTest
class SharedSettingsTest {
    private static final String OTHER = "app-other@test";

    @Inject
    SharedSettings settings;
    @Inject
    JobRuns jobRuns;
    @Inject
    AgroalDataSource dataSource;

    @AfterEach
    void removeTheOtherInstance() throws SQLException {
        sql("delete from instance_heartbeat where instance = ?", OTHER);
    }

    @Test
    void aSingleInstanceOnTheEmbeddedDatabaseIsNeverRefused() throws SQLException {
        // H2 is one process's file: a restart with a new key right after a stop (or a kill) is not a cluster
        assertFalse(settings.shared(), "the test profile runs on H2");
        otherInstanceSeenNow(SharedSettings.keyCheck("a-different-key-of-at-least-32-characters!"), "Asia/Tokyo");
        assertDoesNotThrow(() -> settings.onStart(null));
    }

    @Test
    void anotherSessionKeyOnARunningInstanceStopsTheStart() throws SQLException {
        otherInstanceSeenNow(SharedSettings.keyCheck("a-different-key-of-at-least-32-characters!"), settings.mine().clinicZone());
        List<SharedSettings.Seen> others = settings.recentOthers();
        assertEquals(List.of(OTHER), others.stream().map(SharedSettings.Seen::instance).toList());
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> SharedSettings.refuseDifferences("app-new", settings.mine(), others));
        assertTrue(refused.getMessage().contains("TRACKER_SESSION_KEY differs from the one instance " + OTHER + " uses"),
                refused.getMessage());
        assertTrue(refused.getMessage().contains("stop every instance"), refused.getMessage());
    }

    @Test
    void anotherClinicZoneStopsTheStart() throws SQLException {
        String zone = settings.mine().clinicZone().equals("Europe/Vienna") ? "Asia/Tokyo" : "Europe/Vienna";
        otherInstanceSeenNow(settings.mine().sessionKeyCheck(), zone);
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> SharedSettings.refuseDifferences("app-new", settings.mine(), settings.recentOthers()));
        assertTrue(refused.getMessage().contains("TRACKER_CLINIC_ZONE is " + settings.mine().clinicZone() + " here but " + zone),
                refused.getMessage());
        assertFalse(refused.getMessage().contains("TRACKER_SESSION_KEY"), "the key is the same: " + refused.getMessage());
    }

    @Test
    void theSameSettingsStart() throws SQLException {
        otherInstanceSeenNow(settings.mine().sessionKeyCheck(), settings.mine().clinicZone());
        assertDoesNotThrow(() -> SharedSettings.refuseDifferences("app-new", settings.mine(), settings.recentOthers()));
    }

    @Test
    void anInstanceNotSeenForHalfAMinuteNoLongerCounts() throws SQLException {
        sql("insert into instance_heartbeat (instance, session_key_check, clinic_zone, missed_dose_every, started_at, seen_at)"
                + " values (?, 'old-key', 'UTC', 'PT15M', current_timestamp - interval '60' second,"
                + " current_timestamp - interval '31' second)", OTHER);
        assertTrue(settings.recentOthers().isEmpty(), "a stopped (or killed) instance is forgotten after 30 s");
    }

    @Test
    void theKeyCheckTellsKeysApartAndHidesThem() {
        String key = "Hq8vN3xK7pL2mR9sT4wZ6yB1cD5fG0jE8aU3iO7";
        assertEquals(SharedSettings.keyCheck(key), SharedSettings.keyCheck(key));
        assertNotEquals(SharedSettings.keyCheck(key), SharedSettings.keyCheck(key + "x"));
        assertFalse(SharedSettings.keyCheck(key).contains(key));
    }

    private void otherInstanceSeenNow(String keyCheck, String zone) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement(
                "insert into instance_heartbeat (instance, session_key_check, clinic_zone, missed_dose_every, started_at, seen_at)"
                        + " values (?, ?, ?, 'PT15M', current_timestamp, current_timestamp)")) {
            insert.setString(1, OTHER);
            insert.setString(2, keyCheck);
            insert.setString(3, zone);
            insert.executeUpdate();
        }
    }

    private void sql(String statement, String instance) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(statement)) {
            s.setString(1, instance);
            s.executeUpdate();
        }
    }
}
