package org.clinic.courses.course;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.clinic.courses.support.WebSession;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.clinic.courses.support.WebSession.apiNurse;
import static org.clinic.courses.support.WebSession.apiPhysician;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Issue 9, group 4: checks at prescribing time, through the API and the form. */
@QuarkusTest
class PrescribingChecksTest {

    private long patient(String conditions) {
        return apiNurse().body("""
                {"mrn":"%s","givenName":"Pres","familyName":"Cribe","birthDate":"1952-04-04","sex":"MALE","conditions":%s}"""
                .formatted("PC-" + UUID.randomUUID().toString().substring(0, 10), conditions))
                .post("/api/patients").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private Response prescribe(long patient, String drug, String indication, String route, String dailyMl, String extra) {
        return apiPhysician().body("""
                {"patientId":%d,"drug":"%s","indication":"%s","route":"%s","dailyVolumeMl":%s,"startDate":"%s",
                 "lengthDays":10,"schedule":"DAILY"%s}""".formatted(patient, drug, indication, route, dailyMl,
                LocalDate.now(), extra)).post("/api/courses");
    }

    private int courses(long patient) {
        return apiNurse().get("/api/courses?patientId=" + patient).then().statusCode(200).extract().jsonPath().getList("$").size();
    }

    @Test
    void aDailyVolumeOutsideTheDrugsRangeIsRefusedNamingTheField() {
        long patient = patient("[]");
        for (String ml : List.of("9.99", "50.01", "60")) {
            prescribe(patient, "cerebrolysin", "Traumatic brain injury", "IV_INFUSION", ml, "").then().statusCode(400)
                    .body("errors.field", contains("dailyVolumeMl"))
                    .body("errors[0].message", containsString("limitOverrideReason"));
        }
        for (String ml : List.of("10", "50")) {
            prescribe(patient, "cerebrolysin", "Traumatic brain injury", "IV_INFUSION", ml, "").then().statusCode(201)
                    .body("flags.code", not(hasItem("DAILY_VOLUME_OUT_OF_RANGE")));
        }
        assertEquals(2, courses(patient), "nothing stored for the refused ones");
    }

    @Test
    void aRouteTheDrugIsNotGivenByIsRefused() {
        long patient = patient("[]");
        prescribe(patient, "cortexin", "Recovery after stroke", "IV_INFUSION", "2", "").then().statusCode(400)
                .body("errors.field", contains("route"));
        assertEquals(0, courses(patient));
    }

    @Test
    void withAReasonTheCourseIsCreatedAndTheOverrideRecorded() {
        long patient = patient("[]");
        Response r = prescribe(patient, "cerebrolysin", "Traumatic brain injury", "IV_INFUSION", "60",
                ",\"limitOverrideReason\":\"Severe TBI, neurosurgery protocol 60 ml for 3 days\"");
        r.then().statusCode(201);
        Map<String, Object> flag = r.jsonPath().getMap("flags.find { it.code == 'DAILY_VOLUME_OUT_OF_RANGE' }");
        assertEquals("OVERRIDDEN", flag.get("status"));
        assertEquals("Severe TBI, neurosurgery protocol 60 ml for 3 days", flag.get("overrideReason"));
        long course = r.jsonPath().getLong("id");
        apiNurse().get("/api/flags?courseId=" + course + "&status=OVERRIDDEN").then().statusCode(200)
                .body("code", hasItem("DAILY_VOLUME_OUT_OF_RANGE"));
        apiNurse().get("/api/courses/" + course).then().statusCode(200)
                .body("flags.findAll { it.status == 'OPEN' }.code", not(hasItem("DAILY_VOLUME_OUT_OF_RANGE")));
    }

    @Test
    void anIndicationMatchingNoProtocolIsFlagged() {
        long patient = patient("[]");
        prescribe(patient, "cerebrolysin", "Cerebral palsy", "IV_INFUSION", "20", "").then().statusCode(201)
                .body("flags.code", hasItem("INDICATION_NOT_RECOGNISED"));
        prescribe(patient, "cerebrolysin", "Acute ischemic stroke, left MCA territory", "IV_INFUSION", "30", "")
                .then().statusCode(201).body("flags.code", not(hasItem("INDICATION_NOT_RECOGNISED")))
                .body("protocolName", is("Acute ischaemic stroke"));
    }

    @Test
    void theFormShowsScreeningFindingsBeforeSavingAndSavesNothingOnCheck() {
        long patient = patient("[{\"name\":\"Epilepsy since childhood\"}]");
        WebSession physician = WebSession.physician();
        String form = physician.page("/courses/new?patientId=" + patient + "&drug=cerebrolysin");
        assertThat(form, containsString("id=\"screening-findings\""));
        assertThat(form, containsString("Epilepsy since childhood"));
        String checked = physician.postForm("/courses", "patientId", patient, "drug", "cerebrolysin",
                        "indication", "Cerebral palsy", "route", "IV_INFUSION", "dailyVolumeMl", "60",
                        "startDate", LocalDate.now().toString(), "lengthDays", "10", "schedule", "DAILY", "onsetAt", "",
                        "limitOverrideReason", "", "check", "true")
                .then().statusCode(200).extract().asString();
        assertThat(checked, containsString("Contraindication"));
        assertThat(checked, containsString("Indication not recognised"));
        assertThat(checked, containsString("outside the Cerebrolysin daily range"));
        assertThat(checked, containsString("value=\"60\""));
        assertEquals(0, courses(patient), "checking saves nothing");

        String refused = physician.postForm("/courses", "patientId", patient, "drug", "cerebrolysin",
                        "indication", "Traumatic brain injury", "route", "IV_INFUSION", "dailyVolumeMl", "60",
                        "startDate", LocalDate.now().toString(), "lengthDays", "10", "schedule", "DAILY", "onsetAt", "",
                        "limitOverrideReason", "")
                .then().statusCode(400).extract().asString();
        assertThat(refused, containsString("id=\"dailyVolumeMl-error\""));
        String location = physician.postFormExpectRedirect("/courses", "patientId", patient, "drug", "cerebrolysin",
                "indication", "Traumatic brain injury", "route", "IV_INFUSION", "dailyVolumeMl", "60",
                "startDate", LocalDate.now().toString(), "lengthDays", "10", "schedule", "DAILY", "onsetAt", "",
                "limitOverrideReason", "Neurosurgeon's protocol");
        String page = physician.page(location.replaceAll("^https?://[^/]+", ""));
        assertThat(page, containsString("id=\"protocol-limits\""));
        assertThat(page, containsString("Traumatic brain injury: 20–50 ml a day, 7–30 days"));
    }

    /** Issue 14 (third session): the kind is said once, and nothing is found about an indication not yet typed. */
    @Test
    void theBlankFormNamesEachFindingOnceAndNothingAboutAnIndicationNotYetTyped() {
        long patient = patient("[{\"name\":\"Epilepsy since childhood\"}]");
        String form = WebSession.physician().page("/courses/new?patientId=" + patient + "&drug=cerebrolysin");
        assertThat(form, containsString("<strong>Contraindication</strong>: Epilepsy"));
        assertThat(form, not(containsString("Contraindication: Contraindication")));
        assertThat(form, not(containsString("Indication not recognised")));
        assertThat(form, not(containsString("Indication &quot;&quot;")));
    }
}
