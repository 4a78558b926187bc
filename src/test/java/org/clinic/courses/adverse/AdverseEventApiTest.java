package org.clinic.courses.adverse;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.clinic.courses.course.Route;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.clinic.courses.support.DoseFixtures.*;
import static org.clinic.courses.support.WebSession.*;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class AdverseEventApiTest {

    static Map<String, Object> headache() {
        Map<String, Object> body = new HashMap<>();
        body.put("observedOn", today().minusDays(1).toString());
        body.put("term", "  Headache ");
        body.put("grade", 1);
        body.put("serious", false);
        body.put("seriousCriteria", List.of());
        body.put("action", "NONE");
        body.put("outcome", "NOT_RECOVERED");
        body.put("causality", "POSSIBLE");
        return body;
    }

    static String path(long courseId) {
        return "/api/courses/" + courseId + "/adverse-events";
    }

    @Test
    void nurseRecordsAnEventWithCourseDay() {
        long course = activeCourse(Route.IV_INFUSION, "30");
        var created = apiNurse().body(headache()).post(path(course)).then().statusCode(201);
        int id = created.extract().path("id");
        created.header("Location", endsWith("/api/adverse-events/" + id));
        apiNurse().get("/api/adverse-events/" + id).then().statusCode(200)
                .body("courseDay", equalTo(2)).body("term", equalTo("Headache")).body("grade", equalTo(1))
                .body("serious", equalTo(false)).body("action", equalTo("NONE")).body("outcome", equalTo("NOT_RECOVERED"))
                .body("causality", equalTo("POSSIBLE")).body("recordedBy", equalTo("nurse")).body("voided", equalTo(false));
        assertEquals(1, adverseEvents(course));
    }

    @Test
    void criteriaMakeTheEventSerious() {
        long course = activeCourse(Route.IV_INFUSION, "30");
        Map<String, Object> body = headache();
        body.put("grade", 3);
        body.put("seriousCriteria", List.of("HOSPITALISATION"));
        apiPhysician().body(body).post(path(course)).then().statusCode(201)
                .body("serious", equalTo(true)).body("seriousCriteria", contains("HOSPITALISATION"));
        body.put("serious", true);
        body.put("seriousCriteria", List.of());
        apiPhysician().body(body).post(path(course)).then().statusCode(400)
                .body("errors.field", contains("seriousCriteria"))
                .body("errors[0].message", containsString("pick at least one criterion"));
        assertEquals(1, adverseEvents(course));
    }

    @Test
    void gradeFiveOutcomeFatalAndDeathGoTogether() {
        long course = activeCourse(Route.IV_INFUSION, "30");
        Map<String, Object> body = headache();
        body.put("grade", 5);
        apiNurse().body(body).post(path(course)).then().statusCode(400)
                .body("errors.field", containsInAnyOrder("outcome", "seriousCriteria"));
        body.put("grade", 2);
        body.put("outcome", "FATAL");
        apiNurse().body(body).post(path(course)).then().statusCode(400).body("errors.field", contains("grade"));
        body.put("grade", 5);
        body.put("seriousCriteria", List.of("DEATH"));
        apiNurse().body(body).post(path(course)).then().statusCode(201).body("serious", equalTo(true));
        assertEquals(1, adverseEvents(course));
    }

    @Test
    void everyInvalidFieldIsListed() {
        long course = activeCourse(Route.IV_INFUSION, "30");
        Map<String, Object> body = headache();
        body.put("observedOn", today().plusDays(1).toString());
        body.put("term", "t".repeat(201));
        body.put("grade", 6);
        body.put("notes", "n".repeat(1001));
        body.remove("action");
        body.remove("outcome");
        apiNurse().body(body).post(path(course)).then().statusCode(400)
                .body("errors.field", containsInAnyOrder("observedOn", "term", "grade", "notes", "action", "outcome"));
        body = headache();
        body.put("observedOn", today().minusDays(3).toString());
        body.put("term", "   ");
        body.put("grade", 1.5);
        apiNurse().body(body).post(path(course)).then().statusCode(400)
                .body("errors.field", containsInAnyOrder("observedOn", "term", "grade"));
        for (String[] bad : new String[][]{{"grade", "\"high\""}, {"grade", "1e309"}, {"action", "\"STOPPED\""},
                {"seriousCriteria", "[\"BORED\"]"}, {"seriousCriteria", "[null]"}, {"observedOn", "\"21/11/2026\""}, {"causality", "\"MAYBE\""}}) {
            Map<String, String> fields = new java.util.LinkedHashMap<>(Map.of("observedOn", "\"" + today() + "\"",
                    "term", "\"Nausea\"", "grade", "1", "action", "\"NONE\"", "outcome", "\"RECOVERED\""));
            fields.put(bad[0], bad[1]);
            String json = fields.entrySet().stream().map(e -> "\"" + e.getKey() + "\":" + e.getValue())
                    .collect(java.util.stream.Collectors.joining(",", "{", "}"));
            apiNurse().body(json).post(path(course)).then().statusCode(400)
                    .body("errors.field", hasItem(startsWith(bad[0])));
        }
        apiNurse().body(headache()).post(path(987654321)).then().statusCode(404);
        assertEquals(0, adverseEvents(course));
    }

    @Test
    void rolesIdempotencyAndVoid() {
        long course = activeCourse(Route.IV_INFUSION, "30");
        apiAdmin().body(headache()).post(path(course)).then().statusCode(403);
        RestAssured.given().contentType("application/json").body(headache()).post(path(course)).then().statusCode(401);
        String key = UUID.randomUUID().toString();
        int id = apiNurse().header("Idempotency-Key", key).body(headache()).post(path(course)).then().statusCode(201)
                .extract().path("id");
        apiNurse().header("Idempotency-Key", key).body(headache()).post(path(course)).then().statusCode(200)
                .body("id", equalTo(id));
        assertEquals(1, adverseEvents(course));
        String voidPath = "/api/adverse-events/" + id + "/void";
        apiNurse().body(Map.of()).post(voidPath).then().statusCode(400).body("errors.field", contains("reason"));
        apiAdmin().body(Map.of("reason", "typo")).post(voidPath).then().statusCode(403);
        apiNurse().body(Map.of("reason", "Entered on the wrong course")).post(voidPath).then().statusCode(200)
                .body("voided", equalTo(true)).body("voidReason", equalTo("Entered on the wrong course"))
                .body("voidedBy", equalTo("nurse"));
        apiNurse().body(Map.of("reason", "again")).post(voidPath).then().statusCode(409);
        apiNurse().body(Map.of("reason", "x")).post("/api/adverse-events/987654321/void").then().statusCode(404);
        assertEquals(1, adverseEvents(course));
    }
}
