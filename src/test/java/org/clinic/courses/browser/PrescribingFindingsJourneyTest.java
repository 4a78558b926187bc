package org.clinic.courses.browser;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.clinic.courses.support.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.net.URL;

import static org.clinic.courses.support.DoseFixtures.today;
import static org.clinic.courses.support.WebSession.apiNurse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 9: a physician sees the screening findings on the prescription form before saving (a
 * contraindication, an interaction, the eGFR with its age), checks a volume above the drug's range,
 * gives the reason to prescribe it all the same, and finds the override and the protocol's limits
 * on the course page.
 */
@QuarkusTest
class PrescribingFindingsJourneyTest {
    @TestHTTPResource("/")
    URL root;

    @Test
    void findingsAreShownBeforeSavingAndAnOverriddenLimitIsRecorded() throws Exception {
        String run = Screen.runId();
        long patient = apiNurse().body("""
                {"mrn":"PF-%s","givenName":"Ida","familyName":"Findings%s","birthDate":"1948-07-07","sex":"FEMALE",
                 "conditions":[{"name":"Epilepsy, seizure-free since 2015"}],"medications":[{"name":"Zoloft 50 mg"}],
                 "egfr":48,"egfrMeasuredOn":"%s"}""".formatted(run, run, today().minusDays(2)))
                .post("/api/patients").then().statusCode(201).extract().jsonPath().getLong("id");
        try (Browser browser = Browser.open(root.toString())) {
            Screen screen = new Screen(browser);
            browser.logIn("physician", "physician-demo");
            browser.go("/patients/" + patient);
            screen.follow("Prescribe a course");

            // Before anything is saved, the form lists what screening finds for this patient.
            String findings = screen.text("#screening-findings");
            assertTrue(findings.contains("Contraindication") && findings.contains("Epilepsy, seizure-free since 2015"), findings);
            assertTrue(findings.contains("Drug interaction") && findings.contains("Zoloft 50 mg"), findings);
            assertTrue(findings.contains("measured " + today().minusDays(2) + ", 2 days ago"), findings);
            screen.shot("prescribing-findings-before-saving");

            // Fill in a traumatic brain injury course at 60 ml a day and check it: nothing is saved yet.
            screen.choose("choose-drug", "cerebrolysin");
            screen.choose("protocol", "Traumatic brain injury");
            screen.press("form[method=get]", "Fill in from protocol");
            browser.find(By.id("dailyVolumeMl")).clear();
            screen.type("dailyVolumeMl", "60");
            screen.press("form[action='/courses']", "Check the prescription");
            assertTrue(screen.url().endsWith("/courses"), "still on the form: " + screen.url());
            String checked = screen.text("#screening-findings");
            assertTrue(checked.contains("Prescribed 60 ml a day, outside the Cerebrolysin daily range of 10 to 50 ml"), checked);
            assertEquals("60", browser.find(By.id("dailyVolumeMl")).getAttribute("value"));
            screen.shot("prescribing-check-above-range");

            // Saving without a reason is refused with the field marked; with a reason it is prescribed.
            screen.press("form[action='/courses']", "Prescribe");
            assertTrue(screen.text("#dailyVolumeMl-error").contains("limitOverrideReason"), screen.page());
            screen.type("limitOverrideReason", "Neurosurgery protocol for severe TBI (" + run + ")");
            screen.press("form[action='/courses']", "Prescribe");
            assertEquals("Course prescribed.", screen.text("main > p.flash"));
            assertTrue(screen.text("#protocol-limits").contains("Traumatic brain injury: 20–50 ml a day, 7–30 days"),
                    screen.text("#prescription"));
            assertTrue(screen.text("#patient").contains("2 days ago"), screen.text("#patient"));
            screen.openSettledFlags();
            assertTrue(screen.text("#flags").contains("Neurosurgery protocol for severe TBI (" + run + ")"), screen.text("#flags"));
            screen.shot("prescribing-course-with-override");
        }
    }
}
