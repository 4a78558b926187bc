package org.clinic.courses.concurrency;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.clinic.courses.course.Route;
import org.clinic.courses.support.WebSession;
import org.junit.jupiter.api.Test;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import static org.clinic.courses.support.DoseFixtures.activeCourse;
import static org.clinic.courses.support.DoseFixtures.administrations;
import static org.clinic.courses.support.DoseFixtures.clock;
import static org.clinic.courses.support.WebSession.apiNurse;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Twenty people (or one impatient client) send the same dose at the same moment: the API with one
 * Idempotency-Key, the page form with one submissionToken. Exactly one administration is stored.
 */
@QuarkusTest
class IdenticalDoseRaceTest {
    private static final int N = 20;

    @Test
    void twentyApiSubmissionsWithOneIdempotencyKeyStoreOne() throws Exception {
        long course = activeCourse(Route.IV_INFUSION, "30");
        String key = UUID.randomUUID().toString();
        Map<String, Object> dose = Map.of("administeredAt", clock().instant().minusSeconds(60).toString(),
                "route", "IV_INFUSION", "volumeMl", 30, "status", "GIVEN", "lotNumber", "RACE-API",
                "diluent", "NaCl 0.9%", "diluentVolumeMl", 100, "infusionMinutes", 30);
        List<Callable<Response>> tasks = new ArrayList<>();
        for (int i = 0; i < N; i++) {
            tasks.add(() -> apiNurse().header("Idempotency-Key", key).body(dose)
                    .post("/api/courses/" + course + "/administrations"));
        }
        List<Response> responses = Race.run(tasks);

        Map<Integer, Long> statuses = responses.stream().collect(Collectors.groupingBy(Response::statusCode, Collectors.counting()));
        assertEquals(Map.of(201, 1L, 200, (long) N - 1), statuses, "one created, the others replay it");
        assertEquals(1, responses.stream().map(r -> r.path("id")).distinct().count(), "every answer names the one record");
        assertEquals(1, administrations(course));
    }

    @Test
    void twentyFormPostsWithOneSubmissionTokenStoreOne() throws Exception {
        long course = activeCourse(Route.IV_INFUSION, "30");
        String formPath = "/courses/" + course + "/administrations/new";
        List<WebSession> nurses = new ArrayList<>();
        for (int i = 0; i < N; i++) {
            WebSession nurse = WebSession.nurse(); // each its own login, cookies and CSRF token
            nurse.page(formPath);
            nurses.add(nurse);
        }
        String token = UUID.randomUUID().toString(); // as if one form page had been submitted twenty times
        String at = java.time.LocalDateTime.now(clock()).minusMinutes(1).withSecond(0).withNano(0).toString();
        List<Callable<Response>> tasks = new ArrayList<>();
        for (WebSession nurse : nurses) {
            tasks.add(() -> nurse.postForm("/courses/" + course + "/administrations", "administeredAt", at,
                    "route", "IV_INFUSION", "volumeMl", "30", "status", "GIVEN", "lotNumber", "RACE-FORM",
                    "diluent", "NaCl 0.9%", "diluentVolumeMl", "100", "infusionMinutes", "30",
                    "submissionToken", token, "returnTo", ""));
        }
        List<Response> responses = Race.run(tasks);

        for (Response r : responses) {
            assertEquals(303, r.statusCode(), "post/redirect/get for every submission: " + r.asString());
        }
        List<String> flashes = responses.stream()
                .map(r -> URLDecoder.decode(r.cookie("tracker-flash"), StandardCharsets.UTF_8)).toList();
        assertEquals(1, flashes.stream().filter(m -> m.startsWith("Recorded: 30 ml given")).count(), flashes.toString());
        assertEquals(N - 1, flashes.stream().filter(m -> m.startsWith("Already recorded: 30 ml given")).count(),
                flashes.toString());
        assertEquals(1, administrations(course));
    }
}
