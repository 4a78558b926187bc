package org.clinic.courses.prescribe;

import io.quarkus.test.junit.QuarkusTest;
import org.clinic.courses.support.WebSession;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.clinic.courses.support.DoseFixtures.today;
import static org.clinic.courses.support.WebSession.apiPhysician;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.*;

/** Prescribing picks the patient by name or MRN and shows what to read before saving. */
@QuarkusTest
class PatientPickerTest {

    private static long patient(String family, String mrn) {
        return apiPhysician().body("{\"mrn\":\"" + mrn + "\",\"givenName\":\"Vera\",\"familyName\":\"" + family + "\","
                        + "\"birthDate\":\"1950-01-01\",\"sex\":\"FEMALE\",\"egfr\":41,\"egfrMeasuredOn\":\"" + today() + "\","
                        + "\"conditions\":[{\"name\":\"Epilepsy\",\"code\":\"G40.909\"}],"
                        + "\"medications\":[{\"name\":\"Lithium 300 mg\"}],\"allergies\":[{\"substance\":\"Latex\"}]}")
                .post("/api/patients").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void searchByNameOrMrnLinksToThePrescriptionForm() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        long id = patient("Findme" + run, "FM-" + run);
        WebSession physician = WebSession.physician();
        String byName = physician.page("/prescribe/patients?q=findme" + run);
        assertTrue(byName.contains("1 patient found"), byName);
        assertTrue(byName.contains("href=\"/courses/new?patientId=" + id + "\""), byName);
        assertTrue(byName.contains("Prescribe for Vera Findme" + run));
        String byMrn = physician.page("/prescribe/patients?q=FM-" + run + "&drug=cerebrolysin");
        assertTrue(byMrn.contains("href=\"/courses/new?patientId=" + id + "&amp;drug=cerebrolysin\""), byMrn);
        assertTrue(physician.page("/prescribe/patients?q=nobody-" + run).contains("No patient matches."));
        WebSession.nurse().request().get("/prescribe/patients?q=x").then().statusCode(403);
        physician.request().get("/prescribe/patients?q=" + "x".repeat(101)).then().statusCode(400);
    }

    @Test
    void theFormShowsThePatientsRecordAndHasNoIdField() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        long id = patient("Chosen" + run, "CH-" + run);
        WebSession physician = WebSession.physician();
        String blank = physician.page("/courses/new");
        assertTrue(blank.contains("id=\"find-patient\""), "a search instead of an id field");
        assertFalse(blank.contains("<label for=\"patientId\""), "no numeric patient id field");

        String form = physician.page("/courses/new?patientId=" + id);
        assertTrue(form.contains("Epilepsy (G40.909)"), "conditions");
        assertTrue(form.contains("Latex"), "allergies");
        assertTrue(form.contains("Lithium 300 mg"), "current medications");
        assertTrue(form.contains("41.0 ml/min/1.73 m²") && form.contains("measured " + today() + ", today"),
                () -> "eGFR with its date: " + form.substring(Math.max(0, form.indexOf("ml/min") - 200), Math.min(form.length(), form.indexOf("ml/min") + 200)));
        assertTrue(form.contains("name=\"patientId\" value=\"" + id + "\""), "the choice travels with the form");

        physician.postForm("/courses", "patientId", "", "drug", "cerebrolysin", "indication", "Acute ischaemic stroke",
                        "route", "IV_INFUSION", "dailyVolumeMl", "30", "startDate", today().toString(), "lengthDays", "10",
                        "schedule", "DAILY", "onsetAt", "")
                .then().statusCode(400).body(containsString("id=\"patientId-error\""), containsString("id=\"find-patient\""));
    }
}
