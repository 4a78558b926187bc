package org.clinic.courses.browser;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.clinic.courses.support.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.net.URL;

import static org.clinic.courses.support.DoseFixtures.today;
import static org.clinic.courses.support.WebSession.apiPhysician;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A physician finds the patient by name, reads conditions, allergies, medications and eGFR, then prescribes. */
@QuarkusTest
class PrescribeBySearchBrowserTest {
    @TestHTTPResource("/")
    URL root;

    @Test
    void findThePatientByNameAndReadTheRecordBeforePrescribing() throws Exception {
        String run = Screen.runId();
        String family = "Picker" + run;
        apiPhysician().body("{\"mrn\":\"PK-" + run + "\",\"givenName\":\"Olga\",\"familyName\":\"" + family + "\","
                        + "\"birthDate\":\"1948-02-03\",\"sex\":\"FEMALE\",\"egfr\":58,\"egfrMeasuredOn\":\"" + today() + "\","
                        + "\"conditions\":[{\"name\":\"Hypertension\",\"code\":\"I10\"}],"
                        + "\"medications\":[{\"name\":\"Amlodipine 5 mg\"}],\"allergies\":[{\"substance\":\"Penicillin\"}]}")
                .post("/api/patients").then().statusCode(201);
        try (Browser browser = Browser.open(root.toString())) {
            Screen screen = new Screen(browser);
            browser.logIn("physician", "physician-demo");
            browser.go("/courses/new");
            assertTrue(browser.driver().findElements(By.id("patientId")).isEmpty(),
                    "no numeric patient id field to type into");
            screen.type("q", family.toLowerCase());
            screen.press("#find-patient", "Find patient");
            assertTrue(screen.text("#patient-results").contains("1 patient found"), screen.text("#patient-results"));
            screen.shot("prescribe-patient-search");
            screen.follow("Prescribe for Olga " + family);

            String chosen = screen.text("#chosen-patient");
            assertTrue(chosen.contains("Olga " + family) && chosen.contains("PK-" + run), chosen);
            assertTrue(chosen.contains("Hypertension (I10)"), chosen);
            assertTrue(chosen.contains("Penicillin"), chosen);
            assertTrue(chosen.contains("Amlodipine 5 mg"), chosen);
            assertTrue(chosen.contains("58.0 ml/min/1.73 m² (measured " + today() + ", today)"), chosen);
            screen.shot("prescribe-patient-record-before-saving");

            screen.choose("choose-drug", "cerebrolysin");
            screen.choose("protocol", "Acute ischaemic stroke");
            screen.press("form[method=get]", "Fill in from protocol");
            assertTrue(screen.text("#chosen-patient").contains("Penicillin"), "the record stays in sight");
            screen.press("form[action='/courses']", "Prescribe");
            assertEquals("Course prescribed.", screen.text("main > p.flash"));
            assertTrue(screen.text("#patient").contains("Olga " + family), screen.text("#patient"));
            screen.shot("prescribe-by-search-done");
        }
    }
}
