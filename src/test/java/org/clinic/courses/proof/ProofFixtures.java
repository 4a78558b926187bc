package org.clinic.courses.proof;

import io.restassured.response.Response;
import org.clinic.courses.course.Route;
import org.clinic.courses.safety.FlagCode;
import org.clinic.courses.safety.FlagStatus;
import org.clinic.courses.support.DoseFixtures;
import org.clinic.courses.support.WebSession;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

/**
 * One set of real records for the proof suites: two patients with active courses, and on the first
 * one a condition, a medication, an allergy, a dose, a side effect, an open flag; a spare account.
 */
record ProofFixtures(long patient, long otherPatient, long course, long otherCourse, long condition, long medication,
                     long allergy, long administration, long adverseEvent, long flag, long user, String drug) {

    static ProofFixtures create() {
        long course = DoseFixtures.activeCourse(Route.IV_INFUSION, "30");
        long otherCourse = DoseFixtures.activeCourse(Route.IV_INFUSION, "30");
        long patient = WebSession.apiNurse().get("/api/courses/" + course).then().statusCode(200)
                .extract().jsonPath().getLong("patientId");
        long otherPatient = WebSession.apiNurse().get("/api/courses/" + otherCourse).then().statusCode(200)
                .extract().jsonPath().getLong("patientId");
        long condition = id(post("/api/patients/" + patient + "/conditions", "{\"name\":\"Hypertension\",\"code\":\"I10\"}"));
        long medication = id(post("/api/patients/" + patient + "/medications", "{\"name\":\"Aspirin 75 mg\"}"));
        long allergy = id(post("/api/patients/" + patient + "/allergies", "{\"substance\":\"Latex\"}"));
        long administration = id(post("/api/courses/" + course + "/administrations", doseJson()));
        long adverseEvent = id(post("/api/courses/" + course + "/adverse-events", adverseEventJson()));
        long flag = DoseFixtures.flag(course, FlagCode.INFUSION_TOO_FAST, FlagStatus.OPEN);
        String username = "proof-" + UUID.randomUUID().toString().substring(0, 8);
        long user = WebSession.apiAdmin()
                .body("{\"username\":\"" + username + "\",\"password\":\"long-enough-password\",\"role\":\"NURSE\"}")
                .post("/api/users").then().statusCode(201).extract().jsonPath().getLong("id");
        return new ProofFixtures(patient, otherPatient, course, otherCourse, condition, medication, allergy,
                administration, adverseEvent, flag, user, "cerebrolysin");
    }

    /** A valid dose given a minute ago. */
    static String doseJson() {
        return "{\"administeredAt\":\"" + Instant.now().minus(1, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS)
                + "\",\"route\":\"IV_INFUSION\",\"volumeMl\":30,\"status\":\"GIVEN\",\"lotNumber\":\"L1\","
                + "\"diluent\":\"NaCl 0.9%\",\"diluentVolumeMl\":100,\"infusionMinutes\":20}";
    }

    static String adverseEventJson() {
        return "{\"observedOn\":\"" + DoseFixtures.today() + "\",\"term\":\"Headache\",\"grade\":1,\"serious\":false,"
                + "\"seriousCriteria\":[],\"action\":\"NONE\",\"outcome\":\"NOT_RECOVERED\",\"causality\":\"POSSIBLE\"}";
    }

    /** Replaces {patient}, {course}, … in a path with this set's ids. */
    String path(String template) {
        Map<String, Object> ids = Map.ofEntries(Map.entry("patient", patient), Map.entry("otherPatient", otherPatient),
                Map.entry("course", course), Map.entry("otherCourse", otherCourse), Map.entry("condition", condition),
                Map.entry("medication", medication), Map.entry("allergy", allergy),
                Map.entry("administration", administration), Map.entry("adverseEvent", adverseEvent),
                Map.entry("flag", flag), Map.entry("user", user), Map.entry("drug", drug));
        String path = template;
        for (Map.Entry<String, Object> e : ids.entrySet()) {
            path = path.replace("{" + e.getKey() + "}", String.valueOf(e.getValue()));
        }
        return path;
    }

    private static Response post(String path, String json) {
        return WebSession.apiPhysician().body(json).post(path);
    }

    private static long id(Response r) {
        r.then().statusCode(201);
        return r.jsonPath().getLong("id");
    }
}
