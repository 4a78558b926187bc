package org.clinic.courses.durability;

import org.clinic.courses.support.PackagedApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Outside demo mode the packaged app needs a session key, and an empty database gets one admin. */
class ProductionStartIT {

    @Test
    void refusesToStartWithoutASessionKey(@TempDir Path dir) throws Exception {
        try (PackagedApp app = new PackagedApp(dir).env("TRACKER_DEMO", null)) {
            assertNotEquals(0, app.startExpectingExit());
            assertTrue(app.log().contains("TRACKER_SESSION_KEY is not set"), app.log());
        }
    }

    @Test
    void firstStartCreatesOnlyTheAdminWithTheGivenPassword(@TempDir Path dir) throws Exception {
        try (PackagedApp app = new PackagedApp(dir).env("TRACKER_DEMO", null)
                .env("TRACKER_SESSION_KEY", "Jx4pW9qLm2ZsR7vT0bN5cY8hK3dF6gA1eU")
                .env("TRACKER_ADMIN_PASSWORD", "first-admin-password-42")) {
            app.start();
            assertEquals(200, app.get("/api/users", "admin", "first-admin-password-42").statusCode());
            assertEquals(401, app.get("/api/patients", "nurse", "nurse-demo").statusCode(), "no demo accounts");
            assertTrue(app.get("/api/users", "admin", "first-admin-password-42").body().contains("\"admin\""));
        }
    }
}
