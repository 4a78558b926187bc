package org.clinic.courses.dose;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.clinic.courses.course.Route;
import org.clinic.courses.safety.FlagCode;
import org.clinic.courses.safety.FlagStatus;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

import static org.clinic.courses.support.DoseFixtures.*;
import static org.clinic.courses.support.WebSession.*;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class DoseApiTest {

    static Map<String, Object> infusion() {
        Map<String, Object> body = new HashMap<>();
        body.put("administeredAt", earlierToday(600).toString());
        body.put("route", "IV_INFUSION");
        body.put("volumeMl", 30);
        body.put("status", "GIVEN");
        body.put("lotNumber", "L123");
        body.put("diluent", "NaCl 0.9%");
        body.put("diluentVolumeMl", 100);
        body.put("infusionMinutes", 20);
        return body;
    }

    static String path(long courseId) {
        return "/api/courses/" + courseId + "/administrations";
    }

    @Test
    void nurseRecordsAnInfusionWithCourseDayAndLocation() {
        long course = activeCourse(Route.IV_INFUSION, "30");
        Response r = apiNurse().body(infusion()).post(path(course));
        r.then().statusCode(201)
                .header("Location", matchesPattern(".*/api/administrations/\\d+"))
                .body("courseDay", equalTo(3))
                .body("route", equalTo("IV_INFUSION"))
                .body("volumeMl", equalTo(30))
                .body("status", equalTo("GIVEN"))
                .body("diluent", equalTo("NaCl 0.9%"))
                .body("diluentVolumeMl", equalTo(100))
                .body("infusionMinutes", equalTo(20))
                .body("recordedBy", equalTo("nurse"))
                .body("voided", equalTo(false))
                .body("flags", notNullValue());
        int id = r.path("id");
        apiPhysician().get("/api/administrations/" + id).then().statusCode(200).body("id", equalTo(id));
        assertEquals(1, administrations(course));
    }

    @Test
    void rolesAreEnforced() {
        long course = activeCourse(Route.IV_INFUSION, "30");
        apiPhysician().body(infusion()).post(path(course)).then().statusCode(201);
        apiAdmin().body(infusion()).post(path(course)).then().statusCode(403);
        RestAssured.given().contentType("application/json").body(infusion()).post(path(course)).then().statusCode(401);
        assertEquals(1, administrations(course));
    }

    @Test
    void unknownCourseIs404() {
        apiNurse().body(infusion()).post(path(987654321)).then().statusCode(404);
        apiNurse().get("/api/administrations/987654321").then().statusCode(404);
    }

    @Test
    void everyInvalidFieldIsListedAndNothingStored() {
        long course = activeCourse(Route.IV_INFUSION, "30");
        Map<String, Object> body = infusion();
        body.put("administeredAt", Instant.now().plus(2, ChronoUnit.HOURS).toString());
        body.put("volumeMl", -5);
        body.put("diluentVolumeMl", -1);
        body.put("infusionMinutes", 0);
        body.put("lotNumber", "L".repeat(41));
        body.put("notes", "n".repeat(1001));
        body.put("diluent", "Amino-acid solution");
        apiNurse().body(body).post(path(course)).then().statusCode(400)
                .body("errors.field", hasItems("administeredAt", "volumeMl", "diluentVolumeMl", "infusionMinutes",
                        "lotNumber", "notes", "diluent"));
        assertEquals(0, administrations(course));
    }

    @Test
    void datesOutsideTheCourseAreRefused() {
        long course = activeCourse(Route.IV_INFUSION, "30");
        Map<String, Object> body = infusion();
        body.put("administeredAt", today().minusDays(3).atTime(9, 0).atZone(clock().getZone()).toOffsetDateTime().toString());
        apiNurse().body(body).post(path(course)).then().statusCode(400)
                .body("errors.field", contains("administeredAt"))
                .body("errors[0].message", containsString("within the course"));
        assertEquals(0, administrations(course));
    }

    @Test
    void requiredFieldsAndRouteRules() {
        long course = activeCourse(Route.IM_INJECTION, "5");
        apiNurse().body("{}").post(path(course)).then().statusCode(400)
                .body("errors.field", hasItems("administeredAt", "route", "volumeMl", "status"));
        Map<String, Object> im = infusion();
        im.put("route", "IM_INJECTION");
        im.put("volumeMl", 5);
        apiNurse().body(im).post(path(course)).then().statusCode(400)
                .body("errors.field", containsInAnyOrder("site", "diluent", "diluentVolumeMl", "infusionMinutes"));
        im.remove("diluent");
        im.remove("diluentVolumeMl");
        im.remove("infusionMinutes");
        im.put("site", "X".repeat(31));
        apiNurse().body(im).post(path(course)).then().statusCode(400).body("errors.field", contains("site"));
        im.put("site", "LEFT_GLUTEAL");
        apiNurse().body(im).post(path(course)).then().statusCode(201).body("site", equalTo("LEFT_GLUTEAL"));
        assertEquals(1, administrations(course));
    }

    @Test
    void heldAndRefusedNeedAReasonAndNoVolume() {
        long course = activeCourse(Route.IV_INJECTION, "10");
        Map<String, Object> body = new HashMap<>(Map.of("administeredAt", Instant.now().toString(),
                "route", "IV_INJECTION", "volumeMl", 10, "status", "HELD"));
        apiNurse().body(body).post(path(course)).then().statusCode(400)
                .body("errors.field", containsInAnyOrder("volumeMl", "notes"));
        body.put("volumeMl", 0);
        body.put("notes", "Patient asleep");
        apiNurse().body(body).post(path(course)).then().statusCode(201).body("status", equalTo("HELD"));
        body.put("status", "REFUSED");
        apiNurse().body(body).post(path(course)).then().statusCode(201).body("status", equalTo("REFUSED"));
        assertEquals(2, administrations(course));
    }

    @Test
    void badNumbersAndEnumsAre400Not500() {
        long course = activeCourse(Route.IV_INFUSION, "30");
        for (String volume : new String[]{"\"NaN\"", "\"abc\"", "1e309", "NaN", "\"\"", "true", "[]", "0", "1000.01", "1.234"}) {
            String body = "{\"administeredAt\":\"" + Instant.now() + "\",\"route\":\"IV_INFUSION\",\"status\":\"GIVEN\","
                    + "\"diluent\":\"NaCl 0.9%\",\"diluentVolumeMl\":100,\"infusionMinutes\":20,\"volumeMl\":" + volume + "}";
            Response r = apiNurse().body(body).post(path(course));
            assertEquals(400, r.statusCode(), volume);
            assertEquals("application/json", r.contentType().split(";")[0], volume + " " + r.asString());
            r.then().body("errors.size()", greaterThan(0));
            if (!volume.equals("NaN")) { // a bare NaN is not JSON at all: reported on "body"
                r.then().body("errors.field", hasItem("volumeMl"));
            }
        }
        for (String minutes : new String[]{"1.5", "1e309", "\"x\"", "1441"}) {
            Map<String, Object> b = infusion();
            apiNurse().body(json(b).replace("\"infusionMinutes\":20", "\"infusionMinutes\":" + minutes))
                    .post(path(course)).then().statusCode(400).body("errors.field", hasItem("infusionMinutes"));
        }
        Map<String, Object> b = infusion();
        b.put("route", "ORAL");
        apiNurse().body(b).post(path(course)).then().statusCode(400).body("errors.field", hasItem("route"));
        b = infusion();
        b.put("administeredAt", "yesterday");
        apiNurse().body(b).post(path(course)).then().statusCode(400).body("errors.field", hasItem("administeredAt"));
        apiNurse().body("not json").post(path(course)).then().statusCode(400);
        apiNurse().post(path(course)).then().statusCode(400);
        assertEquals(0, administrations(course));
    }

    static String json(Map<String, Object> body) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void stoppedCourseAndContraindicationAre409() {
        long stopped = activeCourse(Route.IV_INFUSION, "30");
        stop(stopped);
        apiNurse().body(infusion()).post(path(stopped)).then().statusCode(409);
        long blocked = activeCourse(Route.IV_INFUSION, "30");
        long flag = flag(blocked, FlagCode.CONTRAINDICATION, FlagStatus.OPEN);
        apiNurse().body(infusion()).post(path(blocked)).then().statusCode(409)
                .body("flags.id", contains((int) flag)).body("flags[0].code", equalTo("CONTRAINDICATION"));
        Map<String, Object> held = new HashMap<>(Map.of("administeredAt", Instant.now().toString(),
                "route", "IV_INFUSION", "volumeMl", 0, "status", "HELD", "notes", "Contraindication under review"));
        apiNurse().body(held).post(path(blocked)).then().statusCode(201);
        assertEquals(0, administrations(stopped));
        assertEquals(1, administrations(blocked));
    }
}
