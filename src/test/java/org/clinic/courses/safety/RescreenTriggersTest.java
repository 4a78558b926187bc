package org.clinic.courses.safety;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.clinic.courses.support.WebSession;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.clinic.courses.support.WebSession.apiNurse;
import static org.clinic.courses.support.WebSession.apiPhysician;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

/**
 * Issue 9, group 1: every change to the patient's record re-judges the patient's unfinished courses
 * at once, so the review queue (GET /api/flags) shows it before any dose is attempted; a cause that
 * is gone resolves its flag with the reason.
 */
@QuarkusTest
class RescreenTriggersTest {
    @Inject
    Clock clock;

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private long patient() {
        String body = """
                {"mrn":"%s","givenName":"Re","familyName":"Screen","birthDate":"1955-02-03","sex":"MALE"}"""
                .formatted("RS-" + UUID.randomUUID().toString().substring(0, 10));
        return apiNurse().body(body).post("/api/patients").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** A running course: started two days ago. */
    private long course(long patient) {
        String body = """
                {"patientId":%d,"drug":"cerebrolysin","indication":"Traumatic brain injury","route":"IV_INFUSION",
                 "dailyVolumeMl":30,"startDate":"%s","lengthDays":10,"schedule":"DAILY"}""".formatted(patient, today().minusDays(2));
        return apiPhysician().body(body).post("/api/courses").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private List<Map<String, Object>> flags(long course, String code) {
        return apiNurse().get("/api/flags?courseId=" + course).then().statusCode(200).extract().jsonPath()
                .getList("findAll { it.code == '" + code + "' }");
    }

    private Map<String, Object> only(long course, String code, String status) {
        List<Map<String, Object>> found = flags(course, code).stream().filter(f -> status.equals(f.get("status"))).toList();
        assertEquals(1, found.size(), code + " " + status + ": " + flags(course, code));
        return found.get(0);
    }

    private static long id(Map<String, Object> f) {
        return ((Number) f.get("id")).longValue();
    }

    private String resolveReason(long flagId) {
        return apiNurse().get("/api/flags?status=RESOLVED&limit=100").then().statusCode(200).extract().jsonPath()
                .getString("find { it.id == " + flagId + " }.resolveReason");
    }

    @Test
    void anAllergyAddedMidCourseBlocksAtOnceAndItsRemovalResolvesIt() {
        long patient = patient();
        long course = course(patient);
        assertEquals(List.of(), flags(course, "CONTRAINDICATION"));
        long allergy = apiNurse().body("{\"substance\":\"Porcine protein\"}").post("/api/patients/" + patient + "/allergies")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        Map<String, Object> flag = only(course, "CONTRAINDICATION", "OPEN");
        assertEquals(3, flag.get("courseDay"), "found on course day 3");
        assertTrue(((String) flag.get("message")).contains("Porcine protein"), flag.toString());

        apiNurse().body("{\"reason\":\"Entered on the wrong patient\"}")
                .post("/api/patients/" + patient + "/allergies/" + allergy + "/remove").then().statusCode(200);
        only(course, "CONTRAINDICATION", "RESOLVED");
        String reason = resolveReason(id(flag));
        assertTrue(reason.contains("allergy \"Porcine protein\" was removed") && reason.contains("Entered on the wrong patient"),
                reason);
    }

    @Test
    void aConditionAddedAndRemoved() {
        long patient = patient();
        long course = course(patient);
        long condition = apiNurse().body("{\"name\":\"Epilepsy\",\"code\":\"G40.9\"}")
                .post("/api/patients/" + patient + "/conditions").then().statusCode(201).extract().jsonPath().getLong("id");
        long flag = id(only(course, "CONTRAINDICATION", "OPEN"));
        apiNurse().body("{\"reason\":\"Ruled out by EEG and neurology review\"}")
                .post("/api/patients/" + patient + "/conditions/" + condition + "/remove").then().statusCode(200);
        only(course, "CONTRAINDICATION", "RESOLVED");
        assertTrue(resolveReason(flag).contains("Ruled out by EEG"), resolveReason(flag));
    }

    @Test
    void aMedicationAddedAndRemoved() {
        long patient = patient();
        long course = course(patient);
        long medication = apiNurse().body("{\"name\":\"Sertraline 50 mg\"}")
                .post("/api/patients/" + patient + "/medications").then().statusCode(201).extract().jsonPath().getLong("id");
        long flag = id(only(course, "INTERACTION", "OPEN"));
        apiNurse().body("{\"reason\":\"Stopped by the GP\"}")
                .post("/api/patients/" + patient + "/medications/" + medication + "/remove").then().statusCode(200);
        only(course, "INTERACTION", "RESOLVED");
        assertTrue(resolveReason(flag).contains("Stopped by the GP"), resolveReason(flag));
    }

    private JsonPath patientJson(long id) {
        return apiNurse().get("/api/patients/" + id).then().statusCode(200).extract().jsonPath();
    }

    private void putEgfr(long patient, String egfr, String measuredOn) {
        JsonPath p = patientJson(patient);
        String body = """
                {"mrn":"%s","givenName":"Re","familyName":"Screen","birthDate":"1955-02-03","sex":"MALE",
                 "egfr":%s,"egfrMeasuredOn":%s,"version":%d}""".formatted(p.getString("mrn"), egfr,
                measuredOn == null ? "null" : "\"" + measuredOn + "\"", p.getInt("version"));
        apiNurse().body(body).put("/api/patients/" + patient).then().statusCode(200)
                .body("egfrMeasuredOn", measuredOn == null ? nullValue() : is(measuredOn));
    }

    @Test
    void anEgfrEditThroughTheApiScreensAtOnceWithItsDate() {
        long patient = patient();
        long course = course(patient);
        putEgfr(patient, "25", today().minusDays(1).toString());
        long flag = id(only(course, "CONTRAINDICATION", "OPEN"));
        putEgfr(patient, "45", today().toString());
        only(course, "CONTRAINDICATION", "RESOLVED");
        String reason = resolveReason(flag);
        assertTrue(reason.contains("eGFR is now 45") && reason.contains(today().toString()), reason);
        // a date in the future is refused with the field named
        JsonPath p = patientJson(patient);
        apiNurse().body("""
                {"mrn":"%s","givenName":"Re","familyName":"Screen","birthDate":"1955-02-03","sex":"MALE",
                 "egfr":20,"egfrMeasuredOn":"%s","version":%d}""".formatted(p.getString("mrn"), today().plusDays(1),
                p.getInt("version"))).put("/api/patients/" + patient).then().statusCode(400)
                .body("errors.field", hasItem("egfrMeasuredOn"));
        assertEquals(0, flags(course, "CONTRAINDICATION").stream().filter(f -> "OPEN".equals(f.get("status"))).count());
    }

    @Test
    void anEgfrEditOnThePatientPageScreensAtOnceAndTheCoursePageShowsItsAge() {
        long patient = patient();
        long course = course(patient);
        JsonPath p = patientJson(patient);
        WebSession nurse = WebSession.nurse();
        nurse.postFormExpectRedirect("/patients/" + patient + "/edit", "version", p.getInt("version"), "mrn", p.getString("mrn"),
                "givenName", "Re", "familyName", "Screen", "birthDate", "1955-02-03", "sex", "MALE", "weightKg", "",
                "egfr", "22", "egfrMeasuredOn", today().minusDays(3).toString(), "apoeE4Carrier", "");
        Map<String, Object> flag = only(course, "CONTRAINDICATION", "OPEN");
        assertTrue(((String) flag.get("message")).contains("eGFR 22"), flag.toString());
        String page = nurse.page("/courses/" + course);
        assertTrue(page.contains("measured " + today().minusDays(3) + ", 3 days ago"), "course page shows the eGFR's age");
        assertTrue(nurse.page("/patients/" + patient).contains("3 days ago"), "patient page too");
    }

    @Test
    void anAllergyAddedOnThePatientPage() {
        long patient = patient();
        long course = course(patient);
        WebSession.nurse().postFormExpectRedirect("/patients/" + patient + "/allergies", "allergySubstance", "Cerebrolysin");
        only(course, "CONTRAINDICATION", "OPEN");
    }

    @Test
    void aFinishedCourseIsNotScreenedAgain() {
        long patient = patient();
        long course = course(patient);
        apiPhysician().body("{\"reason\":\"Discharged\"}").post("/api/courses/" + course + "/stop").then().statusCode(200);
        apiNurse().body("{\"substance\":\"Pork\"}").post("/api/patients/" + patient + "/allergies").then().statusCode(201);
        assertEquals(List.of(), flags(course, "CONTRAINDICATION"));
    }
}
