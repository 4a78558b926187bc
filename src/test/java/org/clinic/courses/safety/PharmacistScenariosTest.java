package org.clinic.courses.safety;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.clinic.courses.support.WebSession.apiNurse;
import static org.clinic.courses.support.WebSession.apiPhysician;
import static org.junit.jupiter.api.Assertions.*;

/**
 * Issue 9: scenarios of the kind a clinical pharmacist runs against the API (written by the
 * engineer, not by an independent reviewer), each checked in GET /api/flags before any dose.
 */
@QuarkusTest
class PharmacistScenariosTest {
    @Inject
    Clock clock;

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private long patient(String extra) {
        return apiNurse().body("""
                {"mrn":"%s","givenName":"Pharm","familyName":"Scenario","birthDate":"1949-09-09","sex":"FEMALE"%s}"""
                .formatted("PS-" + UUID.randomUUID().toString().substring(0, 10), extra))
                .post("/api/patients").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private long course(long patient) {
        return apiPhysician().body("""
                {"patientId":%d,"drug":"cerebrolysin","indication":"Vascular dementia","route":"IV_INFUSION",
                 "dailyVolumeMl":20,"startDate":"%s","lengthDays":28,"schedule":"WEEKDAYS"}""".formatted(patient, today().minusDays(1)))
                .post("/api/courses").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private List<Map<String, Object>> open(long course, String code) {
        List<Map<String, Object>> all = apiNurse().get("/api/flags?courseId=" + course).then().statusCode(200)
                .extract().jsonPath().getList("$");
        return all.stream().filter(f -> code.equals(f.get("code")) && "OPEN".equals(f.get("status"))).toList();
    }

    @Test
    void aConvulsionCodeAloneIsTheEpilepsyContraindication() {
        long course = course(patient(",\"conditions\":[{\"name\":\"Unspecified convulsions\",\"code\":\"R56.9\"}]"));
        assertEquals(1, open(course, "CONTRAINDICATION").size());
    }

    @Test
    void linezolidStartedMidCourseIsAnInteraction() {
        long patient = patient("");
        long course = course(patient);
        apiNurse().body("{\"name\":\"Linezolid 600 mg IV twice daily\"}").post("/api/patients/" + patient + "/medications")
                .then().statusCode(201);
        assertEquals(1, open(course, "INTERACTION").size());
    }

    @Test
    void brandAndGenericOfLithiumAreOneInteraction() {
        long course = course(patient(",\"medications\":[{\"name\":\"Priadel 400 mg\"},{\"name\":\"Lithium carbonate 400mg\"}]"));
        List<Map<String, Object>> found = open(course, "INTERACTION");
        assertEquals(1, found.size(), found.toString());
        assertTrue(((String) found.get(0).get("message")).contains("\"Priadel 400 mg\" and \"Lithium carbonate 400mg\""));
    }

    @Test
    void stJohnsWortIsAnInteraction() {
        long course = course(patient(",\"medications\":[{\"name\":\"St. John's Wort 300 mg (self-medicated)\"}]"));
        assertEquals(1, open(course, "INTERACTION").size());
    }

    @Test
    void nonEpilepticAttacksAreNoContraindication() {
        long course = course(patient(",\"conditions\":[{\"name\":\"Psychogenic non-epileptic seizures\"}]"));
        assertEquals(List.of(), open(course, "CONTRAINDICATION"));
    }

    @Test
    void theEgfrBoundaryThroughPut() {
        long patient = patient("");
        long course = course(patient);
        for (String egfr : List.of("30", "29.9")) {
            JsonPath p = apiNurse().get("/api/patients/" + patient).then().extract().jsonPath();
            apiNurse().body("""
                    {"mrn":"%s","givenName":"Pharm","familyName":"Scenario","birthDate":"1949-09-09","sex":"FEMALE",
                     "egfr":%s,"egfrMeasuredOn":"%s","version":%d}""".formatted(p.getString("mrn"), egfr, today(),
                    p.getInt("version"))).put("/api/patients/" + patient).then().statusCode(200);
            assertEquals(egfr.equals("30") ? 0 : 1, open(course, "CONTRAINDICATION").size(), "eGFR " + egfr);
        }
    }

    @Test
    void aVoidedSeizureRecordLiftsItsBlock() {
        long course = course(patient(""));
        long event = apiNurse().body("""
                {"observedOn":"%s","term":"Generalised seizure","grade":2,"serious":false,"seriousCriteria":[],
                 "action":"INTERRUPTED","outcome":"RECOVERED","causality":"POSSIBLE"}""".formatted(today()))
                .post("/api/courses/" + course + "/adverse-events").then().statusCode(201).extract().jsonPath().getLong("id");
        assertEquals(1, open(course, "CONTRAINDICATION").size());
        apiNurse().body("{\"reason\":\"Entered on the wrong patient\"}").post("/api/adverse-events/" + event + "/void")
                .then().statusCode(200);
        assertEquals(List.of(), open(course, "CONTRAINDICATION"));
    }

    @Test
    void stageFourCkdWrittenWithARomanNumeral() {
        long course = course(patient(",\"conditions\":[{\"name\":\"Stage IV CKD (diabetic nephropathy)\"}]"));
        assertEquals(1, open(course, "CONTRAINDICATION").size());
    }
}
