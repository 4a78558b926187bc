package org.clinic.courses.dose;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.clinic.courses.course.Route;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.*;
import java.util.stream.Collectors;

import static org.clinic.courses.support.DoseFixtures.*;
import static org.clinic.courses.support.WebSession.*;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class DoseIdempotencyAndVoidTest {

    @Test
    void sameKeyTwiceReturnsTheFirstRecordAndStoresOne() {
        long course = activeCourse(Route.IV_INFUSION, "30");
        String key = UUID.randomUUID().toString();
        // One body: infusion() stamps the time afresh, and a key replays only for the same body.
        Map<String, Object> dose = DoseApiTest.infusion();
        int first = apiNurse().header("Idempotency-Key", key).body(dose).post(DoseApiTest.path(course))
                .then().statusCode(201).extract().path("id");
        apiNurse().header("Idempotency-Key", key).body(dose).post(DoseApiTest.path(course))
                .then().statusCode(200).header("Idempotent-Replayed", "true")
                .header("Location", endsWith("/api/administrations/" + first)).body("id", equalTo(first));
        assertEquals(1, administrations(course));
        long other = activeCourse(Route.IV_INFUSION, "30");
        apiNurse().header("Idempotency-Key", key).body(dose).post(DoseApiTest.path(other))
                .then().statusCode(409);
        apiNurse().header("Idempotency-Key", "k".repeat(101)).body(DoseApiTest.infusion()).post(DoseApiTest.path(other))
                .then().statusCode(400).body("errors.field", contains("Idempotency-Key"));
        assertEquals(0, administrations(other));
    }

    @Test
    void twentyConcurrentIdenticalSubmissionsStoreExactlyOne() throws Exception {
        long course = activeCourse(Route.IV_INFUSION, "30");
        String key = UUID.randomUUID().toString();
        String body = DoseApiTest.json(DoseApiTest.infusion());
        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch gate = new CountDownLatch(1);
        try {
            List<Future<Response>> futures = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                futures.add(pool.submit(() -> {
                    gate.await();
                    return apiNurse().header("Idempotency-Key", key).body(body).post(DoseApiTest.path(course));
                }));
            }
            gate.countDown();
            List<Response> responses = new ArrayList<>();
            for (Future<Response> f : futures) {
                responses.add(f.get(60, TimeUnit.SECONDS));
            }
            Set<Object> ids = responses.stream().map(r -> r.path("id")).collect(Collectors.toSet());
            assertEquals(1, ids.size(), "every response carries the one stored id: " + ids);
            assertEquals(1, responses.stream().filter(r -> r.statusCode() == 201).count());
            assertEquals(19, responses.stream().filter(r -> r.statusCode() == 200).count());
            assertEquals(1, administrations(course));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void voidKeepsTheRecordWithWhoWhenWhy() {
        long course = activeCourse(Route.IV_INFUSION, "30");
        int id = apiNurse().body(DoseApiTest.infusion()).post(DoseApiTest.path(course)).then().statusCode(201)
                .extract().path("id");
        String voidPath = "/api/administrations/" + id + "/void";
        apiNurse().body(Map.of("reason", " ")).post(voidPath).then().statusCode(400).body("errors.field", contains("reason"));
        apiNurse().body(Map.of("reason", "r".repeat(1001))).post(voidPath).then().statusCode(400);
        apiAdmin().body(Map.of("reason", "Wrong patient")).post(voidPath).then().statusCode(403);
        RestAssured.given().contentType("application/json").body(Map.of("reason", "x")).post(voidPath).then().statusCode(401);
        apiPhysician().body(Map.of("reason", "Wrong patient")).post(voidPath).then().statusCode(200)
                .body("id", equalTo(id)).body("voided", equalTo(true)).body("voidReason", equalTo("Wrong patient"))
                .body("voidedBy", equalTo("physician")).body("voidedAt", notNullValue());
        apiNurse().body(Map.of("reason", "Again")).post(voidPath).then().statusCode(409);
        apiNurse().get("/api/administrations/" + id).then().statusCode(200)
                .body("voided", equalTo(true)).body("volumeMl", equalTo(30)).body("voidReason", equalTo("Wrong patient"));
        apiNurse().body(Map.of("reason", "x")).post("/api/administrations/987654321/void").then().statusCode(404);
        assertEquals(1, administrations(course));
    }
}
