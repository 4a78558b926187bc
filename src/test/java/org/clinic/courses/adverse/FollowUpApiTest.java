package org.clinic.courses.adverse;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.clinic.courses.support.WebSession.apiNurse;
import static org.clinic.courses.support.WebSession.apiPhysician;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 9, group 5: adverse events after the course ended, within the catalog's follow-up window (Cerebrolysin: 30 days). */
@QuarkusTest
class FollowUpApiTest {
    @Inject
    Clock clock;

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private long course(LocalDate start) {
        long patient = apiNurse().body("""
                {"mrn":"%s","givenName":"Follow","familyName":"Up","birthDate":"1950-01-01","sex":"MALE"}"""
                .formatted("FU-" + UUID.randomUUID().toString().substring(0, 10)))
                .post("/api/patients").then().statusCode(201).extract().jsonPath().getLong("id");
        return apiPhysician().body("""
                {"patientId":%d,"drug":"cerebrolysin","indication":"Traumatic brain injury","route":"IV_INFUSION",
                 "dailyVolumeMl":30,"startDate":"%s","lengthDays":10,"schedule":"DAILY"}""".formatted(patient, start))
                .post("/api/courses").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private io.restassured.response.Response sideEffect(long course, LocalDate on, String term) {
        return apiNurse().body("""
                {"observedOn":"%s","term":"%s","grade":2,"serious":false,"seriousCriteria":[],"action":"NONE",
                 "outcome":"RECOVERING","causality":"POSSIBLE"}""".formatted(on, term))
                .post("/api/courses/" + course + "/adverse-events");
    }

    @Test
    void aSideEffectWithinThirtyDaysAfterTheLastDayIsAcceptedAndJudged() {
        LocalDate start = today().minusDays(25); // last day: today - 16
        long course = course(start);
        List<String> flags = sideEffect(course, today().minusDays(1), "Seizure").then().statusCode(201)
                .body("courseDay", is(25)).extract().jsonPath().getList("flags.code");
        assertTrue(flags.containsAll(List.of("CONTRAINDICATION", "SERIOUS_ADVERSE_EVENT")), flags.toString());
        apiNurse().body("""
                {"administeredAt":"%s","route":"IV_INFUSION","volumeMl":30,"status":"GIVEN","lotNumber":"L1",
                 "diluent":"NaCl 0.9%%","diluentVolumeMl":100,"infusionMinutes":30}""".formatted(
                today().atTime(0, 5).atZone(clock.getZone()).toInstant()))
                .post("/api/courses/" + course + "/administrations").then().statusCode(anyOf(is(400), is(409)));
    }

    @Test
    void laterThanTheWindowIsRefusedNamingTheField() {
        LocalDate start = today().minusDays(50); // last day: today - 41; window to today - 11
        long course = course(start);
        sideEffect(course, today().minusDays(10), "Headache").then().statusCode(400)
                .body("errors.field", contains("observedOn"))
                .body("errors[0].message", containsString("follow-up period"));
        sideEffect(course, today().minusDays(11), "Headache").then().statusCode(201);
    }

    @Test
    void aStoppedCourseStillTakesTheSideEffectsOfItsDaysButNoDose() {
        // The reaction that made the physician stop is often written up after the stop (pharmacist review, issue 9).
        long course = course(today().minusDays(3));
        apiPhysician().body("{\"reason\":\"Discharged early\"}").post("/api/courses/" + course + "/stop").then().statusCode(200);
        sideEffect(course, today(), "Headache").then().statusCode(201);
        sideEffect(course, today().minusDays(2), "Nausea").then().statusCode(201);
        sideEffect(course, today().minusDays(4), "Dizziness").then().statusCode(400);
    }
}
