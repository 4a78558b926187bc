package org.clinic.courses.safety;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
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

/** Issue 9, groups 3 and 5: side effects that block doses or ask for the course to be stopped, through the API. */
@QuarkusTest
class SideEffectSignalsApiTest {
    @Inject
    Clock clock;

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private long course() {
        long patient = apiNurse().body("""
                {"mrn":"%s","givenName":"Side","familyName":"Signal","birthDate":"1950-01-01","sex":"FEMALE"}"""
                .formatted("SS-" + UUID.randomUUID().toString().substring(0, 10)))
                .post("/api/patients").then().statusCode(201).extract().jsonPath().getLong("id");
        return apiPhysician().body("""
                {"patientId":%d,"drug":"cerebrolysin","indication":"Traumatic brain injury","route":"IV_INFUSION",
                 "dailyVolumeMl":30,"startDate":"%s","lengthDays":10,"schedule":"DAILY"}""".formatted(patient, today().minusDays(1)))
                .post("/api/courses").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private List<String> sideEffect(long course, String term, int grade, String action, String outcome) {
        return apiNurse().body("""
                {"observedOn":"%s","term":"%s","grade":%d,"serious":false,"seriousCriteria":[],"action":"%s",
                 "outcome":"%s","causality":"POSSIBLE"}""".formatted(today(), term, grade, action, outcome))
                .post("/api/courses/" + course + "/adverse-events").then().statusCode(201)
                .extract().jsonPath().getList("flags.code");
    }

    private List<Map<String, Object>> flags(long course) {
        return apiNurse().get("/api/flags?courseId=" + course).then().statusCode(200).extract().jsonPath().getList("$");
    }

    private String dose(long course) {
        return """
                {"administeredAt":"%s","route":"IV_INFUSION","volumeMl":30,"status":"GIVEN","lotNumber":"L1",
                 "diluent":"NaCl 0.9%%","diluentVolumeMl":100,"infusionMinutes":30}""".formatted(
                today().atTime(0, 5).atZone(clock.getZone()).toInstant());
    }

    @Test
    void aSeizureIsAContraindicationSignalThatBlocksDosesAndIsSeriousAtGradeOne() {
        long course = course();
        List<String> raised = sideEffect(course, "Seizure", 1, "INTERRUPTED", "RECOVERED");
        assertTrue(raised.containsAll(List.of("CONTRAINDICATION", "SERIOUS_ADVERSE_EVENT")), raised.toString());
        assertTrue(flags(course).stream().anyMatch(f -> "CONTRAINDICATION".equals(f.get("code"))
                && "OPEN".equals(f.get("status")) && ((String) f.get("message")).contains("Seizure")));
        apiNurse().body(dose(course)).post("/api/courses/" + course + "/administrations").then().statusCode(409)
                .body("flags.code", hasItem("CONTRAINDICATION"));
    }

    @Test
    void anAnaphylacticReactionAfterADoseBlocksTheNext() {
        long course = course();
        sideEffect(course, "Anaphylactic reaction", 2, "INTERRUPTED", "RECOVERING");
        apiNurse().body(dose(course)).post("/api/courses/" + course + "/administrations").then().statusCode(409);
    }

    @Test
    void aWithdrawnDrugAsksForTheCourseToBeStoppedAndStoppingResolvesIt() {
        long course = course();
        List<String> raised = sideEffect(course, "Rash", 2, "WITHDRAWN", "RECOVERING");
        assertTrue(raised.contains("STOP_COURSE_REVIEW"), raised.toString());
        apiPhysician().body("{\"password\":\"physician-demo\"}").post("/api/courses/" + course + "/sign-off").then().statusCode(409);
        apiPhysician().body("{\"reason\":\"Rash: drug withdrawn\"}").post("/api/courses/" + course + "/stop")
                .then().statusCode(200);
        Map<String, Object> review = flags(course).stream().filter(f -> "STOP_COURSE_REVIEW".equals(f.get("code")))
                .findFirst().orElseThrow();
        assertEquals("RESOLVED", review.get("status"));
        assertEquals("CRITICAL", review.get("severity"));
        assertTrue(((String) review.get("resolveReason")).contains("stopped"), review.toString());
    }
}
