package org.clinic.courses.durability;

import org.clinic.courses.support.PackagedApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A write the app acknowledged survives kill -9 of the JVM right after the acknowledgement. */
class AccountDurabilityIT {

    @Test
    void acknowledgedAccountsSurviveSigkill(@TempDir Path dir) throws Exception {
        List<String> created = new ArrayList<>();
        try (PackagedApp app = new PackagedApp(dir)) {
            app.start();
            for (int i = 0; i < 10; i++) {
                String name = "durable-" + i;
                HttpResponse<String> r = app.postJson("/api/users",
                        "{\"username\":\"" + name + "\",\"password\":\"durable-password-" + i + "\",\"role\":\"NURSE\"}",
                        "admin", "admin-demo", null);
                assertEquals(201, r.statusCode(), r.body());
                created.add(name);
            }
            app.kill9(); // at once after the last 201
        }
        try (PackagedApp app = new PackagedApp(dir)) {
            app.start();
            String users = app.get("/api/users", "admin", "admin-demo").body();
            for (String name : created) {
                assertTrue(users.contains("\"" + name + "\""), name + " is missing after restart: " + users);
            }
            assertTrue(app.log().contains("started in"), "the app restarted cleanly on the same files");
        }
    }
}
