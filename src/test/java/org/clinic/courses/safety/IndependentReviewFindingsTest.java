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
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.*;

/**
 * Issue 9: what the independent clinical pharmacist's scenarios found (docs/safety-rules.md lists
 * them all), each replayed through the API as the pharmacist did.
 */
@QuarkusTest
class IndependentReviewFindingsTest {
    @Inject
    Clock clock;

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private long patient(String extra) {
        return apiNurse().body("""
                {"mrn":"%s","givenName":"Review","familyName":"Finding","birthDate":"1949-09-09","sex":"MALE"%s}"""
                .formatted("IR-" + UUID.randomUUID().toString().substring(0, 10), extra))
                .post("/api/patients").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private long course(long patient, LocalDate start) {
        return apiPhysician().body("""
                {"patientId":%d,"drug":"cerebrolysin","indication":"Acute ischaemic stroke","route":"IV_INFUSION",
                 "dailyVolumeMl":30,"startDate":"%s","lengthDays":10,"schedule":"DAILY"}""".formatted(patient, start))
                .post("/api/courses").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private String sideEffect(LocalDate on, String term, int grade, String action, String outcome) {
        return """
                {"observedOn":"%s","term":"%s","grade":%d,"serious":false,"seriousCriteria":[],"action":"%s",
                 "outcome":"%s","causality":"POSSIBLE"}""".formatted(on, term, grade, action, outcome);
    }

    private String infusion() {
        return """
                {"administeredAt":"%s","route":"IV_INFUSION","volumeMl":30,"status":"GIVEN","lotNumber":"L1",
                 "diluent":"NaCl 0.9%%","diluentVolumeMl":100,"infusionMinutes":30}""".formatted(clock.instant().minusSeconds(60));
    }

    private List<String> openCodes(long course) {
        List<Map<String, Object>> all = apiNurse().get("/api/flags?courseId=" + course).then().statusCode(200)
                .extract().jsonPath().getList("$");
        return all.stream().filter(f -> "OPEN".equals(f.get("status"))).map(f -> (String) f.get("code")).toList();
    }

    @Test
    void fitsAsASideEffectIsSeriousAtGradeOneAndBlocksDoses() {
        long course = course(patient(""), today().minusDays(2));
        apiNurse().body(sideEffect(today().minusDays(1), "Fits", 1, "NONE", "RECOVERED"))
                .post("/api/courses/" + course + "/adverse-events").then().statusCode(201);
        List<String> open = openCodes(course);
        assertTrue(open.contains("SERIOUS_ADVERSE_EVENT"), open.toString());
        assertTrue(open.contains("CONTRAINDICATION"), open.toString());
        apiNurse().body(infusion()).post("/api/courses/" + course + "/administrations").then().statusCode(409);
    }

    @Test
    void noDoseIsGivenAfterAFatalOutcomeUntilAPhysicianDecides() {
        long course = course(patient(""), today().minusDays(3));
        apiNurse().body(sideEffect(today().minusDays(2), "Cardiac arrest", 5, "NONE", "FATAL")
                        .replace("\"serious\":false,\"seriousCriteria\":[]", "\"serious\":true,\"seriousCriteria\":[\"DEATH\"]"))
                .post("/api/courses/" + course + "/adverse-events").then().statusCode(201);
        apiNurse().body(infusion()).post("/api/courses/" + course + "/administrations").then().statusCode(409)
                .body("flags.code", hasItem("STOP_COURSE_REVIEW"));
        long flag = apiNurse().get("/api/flags?courseId=" + course).then().extract().jsonPath()
                .getLong("find { it.code == 'STOP_COURSE_REVIEW' }.id");
        apiPhysician().body("{\"reason\":\"Event recorded on the wrong patient; correction follows\",\"password\":\"physician-demo\"}")
                .post("/api/flags/" + flag + "/override").then().statusCode(200);
        apiNurse().body(infusion()).post("/api/courses/" + course + "/administrations").then().log().ifValidationFails()
                .statusCode(201);
    }

    @Test
    void theReactionThatMadeThePhysicianStopIsRecordedAfterTheStop() {
        long course = course(patient(""), today().minusDays(3));
        apiPhysician().body("{\"reason\":\"suspected adverse reaction\"}").post("/api/courses/" + course + "/stop")
                .then().statusCode(200);
        apiNurse().body(sideEffect(today(), "Rash", 2, "WITHDRAWN", "NOT_RECOVERED"))
                .post("/api/courses/" + course + "/adverse-events").then().statusCode(201);
        apiNurse().body(sideEffect(today().minusDays(1), "Nausea", 1, "NONE", "RECOVERED"))
                .post("/api/courses/" + course + "/adverse-events").then().statusCode(201);
        apiNurse().body(infusion()).post("/api/courses/" + course + "/administrations").then().statusCode(409);
    }

    @Test
    void severelyImpairedKidneyFunctionInEitherWordOrderIsTheRenalContraindication() {
        for (String words : List.of("Severely impaired kidney function", "Kidney function severely reduced")) {
            long course = course(patient(",\"conditions\":[{\"name\":\"" + words + "\"}]"), today());
            assertTrue(openCodes(course).contains("CONTRAINDICATION"), words);
        }
    }

    @Test
    void aSecondOverlappingCourseOfTheSameDrugIsFlaggedOnBothAndTheDailyTotalCountsBoth() {
        long patient = patient("");
        long first = course(patient, today().minusDays(2));
        String form = org.clinic.courses.support.WebSession.physician().postForm("/courses", "patientId", patient,
                        "drug", "cerebrolysin", "indication", "Acute ischaemic stroke", "route", "IV_INFUSION",
                        "dailyVolumeMl", "30", "startDate", today().minusDays(1).toString(), "lengthDays", "10",
                        "schedule", "DAILY", "onsetAt", "", "limitOverrideReason", "", "check", "true")
                .then().statusCode(200).extract().asString();
        assertThat("shown before saving", form, containsString("Overlapping course of the same drug"));
        long second = course(patient, today().minusDays(1));
        assertTrue(openCodes(first).contains("OVERLAPPING_COURSE"), openCodes(first).toString());
        assertTrue(openCodes(second).contains("OVERLAPPING_COURSE"), openCodes(second).toString());
        assertFalse(openCodes(first).contains("DAILY_VOLUME_OUT_OF_RANGE"));

        apiNurse().body(infusion()).post("/api/courses/" + first + "/administrations").then().statusCode(201);
        apiNurse().body(infusion()).post("/api/courses/" + second + "/administrations").then().statusCode(201);
        List<String> open = openCodes(second);
        assertTrue(open.contains("DAILY_VOLUME_OUT_OF_RANGE"), "60 ml in a day above the 50 ml maximum: " + open);
        String message = apiNurse().get("/api/flags?courseId=" + second).then().extract().jsonPath()
                .getString("find { it.code == 'DAILY_VOLUME_OUT_OF_RANGE' }.message");
        assertThat(message, containsString("60 ml"));

        apiPhysician().body("{\"reason\":\"duplicate prescription entered in error\"}")
                .post("/api/courses/" + first + "/stop").then().statusCode(200);
        assertTrue(openCodes(second).contains("OVERLAPPING_COURSE"), "the stopped course shared today");
    }

    private List<Map<String, Object>> contraindications(long course) {
        List<Map<String, Object>> all = apiNurse().get("/api/flags?courseId=" + course).then().statusCode(200)
                .extract().jsonPath().getList("$");
        return all.stream().filter(f -> "CONTRAINDICATION".equals(f.get("code"))).toList();
    }

    @Test
    void epilepsyEnteredTwiceIsOneContraindicationThatResolvesOnlyWhenBothAreRemoved() {
        long patient = patient("");
        long course = course(patient, today());
        List<Long> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 2; i++) {
            ids.add(apiNurse().body("{\"name\":\"Epilepsy\"}").post("/api/patients/" + patient + "/conditions")
                    .then().statusCode(201).extract().jsonPath().getLong("id"));
        }
        List<Map<String, Object>> flags = contraindications(course);
        assertEquals(1, flags.size(), flags.toString());
        assertEquals("OPEN", flags.get(0).get("status"));
        assertThat((String) flags.get(0).get("message"), containsString("condition \"Epilepsy\" and condition \"Epilepsy\""));

        apiNurse().body("{\"reason\":\"Entered twice\"}")
                .post("/api/patients/" + patient + "/conditions/" + ids.get(0) + "/remove").then().statusCode(200);
        flags = contraindications(course);
        assertEquals(1, flags.size(), flags.toString());
        assertEquals("OPEN", flags.get(0).get("status"), "the other Epilepsy entry still matches");
        apiNurse().body(infusion()).post("/api/courses/" + course + "/administrations").then().statusCode(409);

        apiNurse().body("{\"reason\":\"Ruled out by EEG and neurology review\"}")
                .post("/api/patients/" + patient + "/conditions/" + ids.get(1) + "/remove").then().statusCode(200);
        flags = contraindications(course);
        assertEquals(1, flags.size(), flags.toString());
        assertEquals("RESOLVED", flags.get(0).get("status"));
        assertThat((String) flags.get(0).get("resolveReason"), containsString("Ruled out by EEG"));
    }

    @Test
    void anAllergyToPorcineBrainPeptidesIsOneCriticalFlag() {
        long course = course(patient(",\"allergies\":[{\"substance\":\"porcine brain peptides\"}]"), today());
        List<Map<String, Object>> flags = contraindications(course);
        assertEquals(1, flags.size(), flags.toString());
        assertThat((String) flags.get(0).get("message"), containsString("Hypersensitivity to Cerebrolysin"));
    }

    @Test
    void aRuledOutStrokeIsNotTheStrokeProtocol() {
        long patient = patient("");
        var created = apiPhysician().body("""
                {"patientId":%d,"drug":"cerebrolysin","indication":"Acute ischaemic stroke \u2014 ruled out, TIA",
                 "route":"IV_INFUSION","dailyVolumeMl":30,"startDate":"%s","lengthDays":10,"schedule":"DAILY"}"""
                .formatted(patient, today())).post("/api/courses").then().statusCode(201).extract().jsonPath();
        assertNull(created.getString("protocolName"));
        assertTrue(openCodes(created.getLong("id")).contains("INDICATION_NOT_RECOGNISED"));
    }
}
