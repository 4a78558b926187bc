package org.clinic.courses.durability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.clinic.courses.support.PackagedApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A client streams doses at the packaged app on its H2 file database; the JVM is killed with SIGKILL
 * mid-stream and started again on the same files. Every dose that got a 201 is there exactly once,
 * with its audit entry; the request in flight at the kill, sent again with its key, is stored once.
 */
class DoseCrashIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int ACKNOWLEDGED_BEFORE_KILL = 60;

    /** One dose request: its sequence number (in the lot number) and its Idempotency-Key. */
    record Sent(int seq, String key, String body) {
    }

    @Test
    void everyAcknowledgedDoseSurvivesSigkillExactlyOnce(@TempDir Path dir) throws Exception {
        Set<Integer> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicReference<Sent> unanswered = new AtomicReference<>();
        long courseId;
        try (PackagedApp app = new PackagedApp(dir)) {
            app.start();
            courseId = prescribe(app);
            Thread client = new Thread(() -> stream(app, courseId, acknowledged, unanswered), "dose-stream");
            client.start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (acknowledged.size() < ACKNOWLEDGED_BEFORE_KILL && client.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertTrue(client.isAlive(), "the stream was still running when the app was killed");
            app.kill9();
            client.join(TimeUnit.SECONDS.toMillis(30));
        }
        assertTrue(acknowledged.size() >= ACKNOWLEDGED_BEFORE_KILL, "acknowledged before the kill: " + acknowledged.size());
        assertTrue(unanswered.get() != null, "the client saw the connection drop mid-stream");

        Map<Integer, Long> stored;
        try (PackagedApp app = new PackagedApp(dir)) {
            int logBefore = app.log().length();
            app.start();
            HttpResponse<String> health = app.get("/q/health", null, null);
            assertEquals(200, health.statusCode(), health.body());
            assertEquals("UP", JSON.readTree(health.body()).path("status").asText(), health.body());
            String restartLog = app.log().substring(logBefore);
            assertTrue(restartLog.contains("started in"), restartLog);
            assertFalse(restartLog.contains("level=ERROR"), "a clean start, no recovery errors: " + restartLog);

            stored = doses(app, courseId);
            for (int seq : acknowledged) {
                assertEquals(1, stored.getOrDefault(seq, 0L), "acknowledged dose " + seq + " is stored exactly once");
            }
            assertTrue(stored.values().stream().allMatch(n -> n == 1), "no dose stored twice: " + stored);

            // The request that never got its answer, sent again with the same key: stored once at most.
            Sent again = unanswered.get();
            HttpResponse<String> retry = app.postJson("/api/courses/" + courseId + "/administrations", again.body(),
                    "nurse", "nurse-demo", again.key());
            assertTrue(retry.statusCode() == 201 || retry.statusCode() == 200, retry.statusCode() + " " + retry.body());
            assertEquals(stored.containsKey(again.seq()) ? 200 : 201, retry.statusCode(),
                    "a replay if it had been stored before the kill, else created now");
            stored = doses(app, courseId);
            assertEquals(1L, stored.get(again.seq()), "the resent dose is stored once");
        }
        CrashDatabase.assertOneAuditEntryPerAdministration(dir, courseId, stored.size());
    }

    private static long prescribe(PackagedApp app) throws Exception {
        String mrn = "CRASH-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> patient = app.postJson("/api/patients", JSON.writeValueAsString(Map.of("mrn", mrn,
                "givenName", "Kay", "familyName", "Crash", "birthDate", "1958-01-20", "sex", "FEMALE")),
                "nurse", "nurse-demo", null);
        assertEquals(201, patient.statusCode(), patient.body());
        Map<String, Object> course = Map.of("patientId", JSON.readTree(patient.body()).path("id").asLong(),
                "drug", "cerebrolysin", "indication", "Acute ischaemic stroke", "route", "IV_INFUSION",
                "dailyVolumeMl", 30, "startDate", LocalDate.now().minusDays(2).toString(), "lengthDays", 21,
                "schedule", "DAILY");
        HttpResponse<String> created = app.postJson("/api/courses", JSON.writeValueAsString(course),
                "physician", "physician-demo", null);
        assertEquals(201, created.statusCode(), created.body());
        return JSON.readTree(created.body()).path("id").asLong();
    }

    /** As fast as it can, one dose after another, each with its own key, until the connection fails. */
    private static void stream(PackagedApp app, long courseId, Set<Integer> acknowledged, AtomicReference<Sent> unanswered) {
        for (int seq = 1; ; seq++) {
            Sent sent = new Sent(seq, "crash-" + UUID.randomUUID(), dose(seq));
            try {
                HttpResponse<String> r = app.postJson("/api/courses/" + courseId + "/administrations", sent.body(),
                        "nurse", "nurse-demo", sent.key());
                if (r.statusCode() != 201) {
                    throw new IllegalStateException("dose " + seq + ": " + r.statusCode() + " " + r.body());
                }
                acknowledged.add(seq);
            } catch (java.io.IOException e) {
                unanswered.set(sent);
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static String dose(int seq) {
        Map<String, Object> dose = new HashMap<>(Map.of("administeredAt", Instant.now().minusSeconds(60).toString(),
                "route", "IV_INFUSION", "volumeMl", 30, "status", "GIVEN", "diluent", "NaCl 0.9%",
                "diluentVolumeMl", 100, "infusionMinutes", 30, "lotNumber", "SEQ-" + seq));
        dose.put("notes", "crash stream dose " + seq);
        try {
            return JSON.writeValueAsString(dose);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sequence number to how many stored administrations carry it. */
    private static Map<Integer, Long> doses(PackagedApp app, long courseId) throws Exception {
        HttpResponse<String> course = app.get("/api/courses/" + courseId, "nurse", "nurse-demo");
        assertEquals(200, course.statusCode(), course.body());
        Map<Integer, Long> count = new HashMap<>();
        for (JsonNode a : JSON.readTree(course.body()).path("administrations")) {
            count.merge(Integer.parseInt(a.path("lotNumber").asText().substring("SEQ-".length())), 1L, Long::sum);
        }
        return count;
    }
}
