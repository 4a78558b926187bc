package org.clinic.courses.safety;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.clinic.courses.course.Route;
import org.clinic.courses.course.TreatmentCourse;
import org.clinic.courses.patient.Patient;
import org.clinic.courses.web.ConflictException;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.clinic.courses.safety.SafetyFixtures.*;
import static org.clinic.courses.support.WebSession.*;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

/** GET /api/flags and the acknowledge, override and resolve steps over the JSON API. */
@QuarkusTest
class FlagApiTest {
    @Inject
    SafetyService safety;
    @Inject
    Clock clock;

    private TreatmentCourse flaggedCourse() {
        TreatmentCourse course = tx(() -> {
            Patient p = patient("Epilepsy", "G40.909");
            medication(p, "Lithium carbonate 300 mg bid");
            return course(p, Route.IV_INFUSION, LocalDate.now(clock), 10);
        });
        tx(() -> safety.evaluate(course));
        return course;
    }

    private long flagId(TreatmentCourse course, FlagCode code) {
        return flags(course.id, code).get(0).id;
    }

    @Test
    void aPhysiciansOverrideWithAReasonLiftsTheBlock() {
        TreatmentCourse course = flaggedCourse();
        long id = flagId(course, FlagCode.CONTRAINDICATION);
        String path = "/api/flags/" + id + "/override";

        apiNurse().body(Map.of("reason", "I think it is fine")).post(path).then().statusCode(403);
        apiPhysician().body(Map.of("reason", "  ")).post(path)
                .then().statusCode(400).body("errors[0].field", equalTo("reason"));
        apiPhysician().body("{}").post(path).then().statusCode(400).body("errors[0].field", equalTo("reason"));
        apiPhysician().body(Map.of("reason", "x".repeat(1001))).post(path).then().statusCode(400);
        assertThrows(ConflictException.class, () -> run(() -> safety.checkDoseAllowed(course)));

        apiPhysician().body(Map.of("reason", "Seizure-free for 10 years; neurologist agrees", "password", "physician-demo")).post(path)
                .then().statusCode(200)
                .body("id", equalTo((int) id), "status", equalTo("OVERRIDDEN"), "overriddenBy", equalTo("physician"),
                        "overrideReason", equalTo("Seizure-free for 10 years; neurologist agrees"),
                        "severity", equalTo("CRITICAL"), "courseId", equalTo(course.id.intValue()));
        assertDoesNotThrow(() -> run(() -> safety.checkDoseAllowed(course)));
        assertEquals(List.of(), tx(() -> safety.evaluate(course)), "an overridden cause is never raised again");
        assertEquals(List.of("FLAG_RAISED", "FLAG_OVERRIDDEN"), auditActions(id));

        apiPhysician().body(Map.of("reason", "again", "password", "physician-demo")).post(path)
                .then().statusCode(409).body("errors[0].message", containsString("overridden"));
    }

    @Test
    void aNurseAcknowledgesWithANoteOnceOnly() {
        TreatmentCourse course = flaggedCourse();
        long id = flagId(course, FlagCode.INTERACTION);
        apiNurse().body(Map.of("note", "Told Dr. House; lithium level ordered")).post("/api/flags/" + id + "/acknowledge")
                .then().statusCode(200).body("status", equalTo("ACKNOWLEDGED"), "acknowledgedBy", equalTo("nurse"),
                        "acknowledgeNote", equalTo("Told Dr. House; lithium level ordered"));
        apiNurse().post("/api/flags/" + id + "/acknowledge").then().statusCode(409)
                .body("errors[0].message", containsString("only an open flag can be acknowledged"));
        assertEquals(List.of("FLAG_RAISED", "FLAG_ACKNOWLEDGED"), auditActions(id));
        Flag stored = flags(course.id, FlagCode.INTERACTION).get(0);
        assertNotNull(stored.acknowledgedAt);

        apiPhysician().body(Map.of("reason", "Lithium stopped by psychiatry")).post("/api/flags/" + id + "/resolve")
                .then().statusCode(200).body("status", equalTo("RESOLVED"), "resolvedBy", equalTo("physician"));
        apiNurse().body(Map.of("reason", "x")).post("/api/flags/" + id + "/resolve").then().statusCode(403);
        apiPhysician().body(Map.of("reason", "x", "password", "physician-demo")).post("/api/flags/" + id + "/override").then().statusCode(409);
    }

    @Test
    void unknownFlagsAre404AndAdministratorsMayNotReadFlags() {
        apiNurse().post("/api/flags/987654321/acknowledge").then().statusCode(404);
        apiPhysician().body(Map.of("reason", "x", "password", "physician-demo")).post("/api/flags/987654321/override").then().statusCode(404);
        apiAdmin().get("/api/flags").then().statusCode(403);
        apiAdmin().post("/api/flags/1/acknowledge").then().statusCode(403);
        io.restassured.RestAssured.given().get("/api/flags").then().statusCode(401);
    }

    @Test
    void listFiltersByCourseStatusSeverityAndCode() {
        TreatmentCourse course = flaggedCourse();
        String courseId = course.id.toString();
        apiNurse().queryParam("courseId", courseId).get("/api/flags")
                .then().statusCode(200).body("size()", equalTo(2), "courseId", everyItem(equalTo(course.id.intValue())));
        apiNurse().queryParam("courseId", courseId).queryParam("severity", "CRITICAL").get("/api/flags")
                .then().statusCode(200).body("code", contains("CONTRAINDICATION"));
        apiNurse().queryParam("courseId", courseId).queryParam("code", "INTERACTION").get("/api/flags")
                .then().statusCode(200).body("severity", contains("WARNING"));

        apiNurse().post("/api/flags/" + flagId(course, FlagCode.INTERACTION) + "/acknowledge").then().statusCode(200);
        apiNurse().queryParam("courseId", courseId).queryParam("status", "OPEN").get("/api/flags")
                .then().statusCode(200).body("code", contains("CONTRAINDICATION"));
        apiNurse().queryParam("courseId", courseId).queryParam("status", "OPEN", "ACKNOWLEDGED").get("/api/flags")
                .then().statusCode(200).body("size()", equalTo(2));
        String today = LocalDate.now(clock).toString();
        apiNurse().queryParam("courseId", courseId).queryParam("from", today).queryParam("to", today).get("/api/flags")
                .then().statusCode(200).body("size()", equalTo(2));
        apiNurse().queryParam("courseId", courseId).queryParam("to", LocalDate.now(clock).minusDays(1).toString())
                .get("/api/flags").then().statusCode(200).body("size()", equalTo(0));
        apiNurse().queryParam("courseId", courseId).queryParam("limit", "1").get("/api/flags")
                .then().statusCode(200).body("size()", equalTo(1));
    }

    @Test
    void badFiltersAre400WithEveryField() {
        apiNurse().queryParam("status", "SHOUTING").queryParam("severity", "HIGH").queryParam("code", "NOPE")
                .queryParam("courseId", "seven").queryParam("from", "yesterday").queryParam("limit", "501")
                .get("/api/flags")
                .then().statusCode(400)
                .body("errors.field", hasItems("status", "severity", "code", "courseId", "from", "limit"));
        apiNurse().queryParam("limit", "0").get("/api/flags").then().statusCode(400).body("errors[0].field", equalTo("limit"));
        apiNurse().queryParam("from", "2026-02-02").queryParam("to", "2026-02-01").get("/api/flags")
                .then().statusCode(400).body("errors[0].field", equalTo("to"));
    }
}
