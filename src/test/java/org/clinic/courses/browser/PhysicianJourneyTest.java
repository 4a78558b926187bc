package org.clinic.courses.browser;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.clinic.courses.support.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.net.URL;
import java.time.LocalDate;
import java.util.Map;

import static org.clinic.courses.support.DoseFixtures.clock;
import static org.clinic.courses.support.DoseFixtures.today;
import static org.clinic.courses.support.WebSession.apiPhysician;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Journey 2: a physician registers a patient with epilepsy, prescribes a stroke course, meets the
 * contraindication block, overrides it with a reason, logs doses, acknowledges a persistent side
 * effect on the flags page and signs the course off.
 */
@QuarkusTest
class PhysicianJourneyTest {
    @TestHTTPResource("/")
    URL root;

    @Test
    void physicianOverridesAContraindicationAndSignsTheCourseOff() throws Exception {
        String run = Screen.runId();
        String mrn = "J2-" + run;
        String family = "Seizure" + run;
        LocalDate start = today().minusDays(3); // today is course day 4
        try (Browser browser = Browser.open(root.toString())) {
            Screen screen = new Screen(browser);
            browser.logIn("physician", "physician-demo");

            // Register the patient and record epilepsy.
            screen.follow("Patients");
            screen.follow("Register a patient");
            screen.type("mrn", mrn);
            screen.type("givenName", "Ada");
            screen.type("familyName", family);
            screen.setDate("birthDate", "1960-04-12");
            screen.choose("sex", "FEMALE");
            screen.press("main form", "Save");
            assertEquals("Patient Ada " + family + " registered.", screen.text("main > p.flash"));
            screen.type("conditionName", "Epilepsy");
            screen.type("conditionCode", "G40.909");
            screen.press("#conditions form", "Add condition");
            assertTrue(screen.text("#conditions").contains("Epilepsy (G40.909)"), screen.text("#conditions"));
            screen.shot("physician-patient-with-epilepsy");

            // Prescribe from the protocol, starting three days ago.
            screen.follow("Prescribe a course");
            screen.choose("choose-drug", "cerebrolysin");
            screen.choose("protocol", "Acute ischaemic stroke");
            screen.press("form[method=get]", "Fill in from protocol");
            assertEquals("Acute ischaemic stroke", browser.find(By.id("indication")).getAttribute("value"));
            assertEquals("21", browser.find(By.id("lengthDays")).getAttribute("value"));
            assertEquals("30", browser.find(By.id("dailyVolumeMl")).getAttribute("value"));
            screen.setDate("startDate", start.toString());
            screen.shot("physician-prescription-filled");
            screen.press("form[action='/courses']", "Prescribe");
            long courseId = screen.idInUrl();
            assertEquals("Course prescribed.", screen.text("main > p.flash"));
            assertTrue(screen.text("#prescription").contains(start + " to " + start.plusDays(20) + " (21 days, Every day)"),
                    screen.text("#prescription"));
            String banner = screen.text("#critical-flags");
            assertTrue(banner.contains("Contraindication") && !banner.contains("CONTRAINDICATION") && banner.contains("Epilepsy"), banner);
            screen.shot("physician-contraindication-banner");

            // A GIVEN dose is refused, and so is sign-off.
            screen.follow("Log a dose");
            screen.press("main form", "Save administration");
            assertTrue(screen.page().contains("Doses are blocked by an unresolved contraindication"), screen.page());
            screen.shot("physician-dose-blocked");
            browser.go("/courses/" + courseId);
            screen.follow("Sign off course…");
            assertTrue(screen.text("#outstanding").contains("Sign-off is refused while a critical flag is unresolved"),
                    screen.text("#outstanding"));
            // refused on the sign-off question itself: since issue 14 (third session) it asks no password it would refuse
            assertTrue(browser.driver().findElements(By.cssSelector("#confirm input[type=password]")).isEmpty(),
                    "no password asked for a sign-off that would be refused");
            assertTrue(screen.text("#confirm").contains("Back to the course to review its flags"), screen.text("#confirm"));

            // Override on the flags page, with a written reason.
            String reason = "Seizure-free for 10 years; neurology agrees (" + run + ")";
            browser.go("/flags");
            var contraindication = screen.flagLine(mrn, "Contraindication");
            String flagId = contraindication.getAttribute("id").substring("flag-".length());
            screen.openReview("flag-" + flagId);
            screen.type("override-" + flagId, reason);
            screen.type("override-" + flagId + "-password", "physician-demo");
            screen.press("#flag-" + flagId, "Override");
            assertEquals("Contraindication flag on course " + courseId + " overridden.", screen.text("main > p.flash"));
            browser.go("/courses/" + courseId);
            screen.openSettledFlags();
            assertTrue(screen.text("#flag-" + flagId).contains("Overridden"), screen.text("#flags"));
            assertTrue(screen.text("#flag-" + flagId).contains("overridden by physician: " + reason), screen.text("#flags"));
            assertTrue(screen.text("#flag-" + flagId).contains("Override: I accept the risk of Contraindication"),
                    "the signature's meaning is shown: " + screen.text("#flags"));

            // Now today's dose goes in.
            screen.follow("Log a dose");
            screen.press("main form", "Save administration");
            assertEquals("Recorded: 30 ml given on course day 4.", screen.text("main > p.flash"));
            assertTrue(screen.text("#day-4").contains("Given 30.00 ml IV infusion"), screen.text("#day-4"));

            // Earlier days, entered late over the API: doses, and dizziness on days 1, 2 and 3.
            for (int day = 1; day <= 3; day++) {
                LocalDate date = start.plusDays(day - 1);
                apiPhysician().body(Map.of("administeredAt", date.atTime(10, 0).atZone(clock().getZone()).toOffsetDateTime().toString(),
                                "route", "IV_INFUSION", "volumeMl", 30, "status", "GIVEN", "diluent", "NaCl 0.9%",
                                "diluentVolumeMl", 100, "infusionMinutes", 30))
                        .post("/api/courses/" + courseId + "/administrations").then().statusCode(201);
                apiPhysician().body(Map.of("observedOn", date.toString(), "term", "Dizziness", "grade", 1, "serious", false,
                                "action", "NONE", "outcome", "NOT_RECOVERED", "causality", "POSSIBLE"))
                        .post("/api/courses/" + courseId + "/adverse-events").then().statusCode(201);
            }

            // The flags page shows the persistent side effect; the physician acknowledges it.
            browser.go("/flags");
            var persistent = screen.flagLine(mrn, "Persistent side effect");
            assertTrue(persistent.getText().contains("Dizziness recorded on 3 consecutive days"), persistent.getText());
            String persistentId = persistent.getAttribute("id").substring("flag-".length());
            screen.openReview("flag-" + persistentId);
            screen.type("note-" + persistentId, "Seen; advise fluids (" + run + ")");
            screen.press("#flag-" + persistentId, "Acknowledge");
            assertEquals("Persistent side effect flag on course " + courseId + " acknowledged.", screen.text("main > p.flash"));
            assertTrue(screen.text("#flag-" + persistentId).contains("seen by physician: Seen; advise fluids"),
                    screen.text("#flag-" + persistentId));
            screen.shot("physician-persistent-acknowledged");

            // Sign-off succeeds: the overridden contraindication no longer counts.
            browser.go("/courses/" + courseId);
            screen.follow("Sign off course…");
            screen.type("password", "wrong-password-here");
            screen.press("#confirm", "Yes, sign off course");
            assertTrue(screen.text("#password-error").contains("This is not your password"), screen.page());
            screen.type("password", "physician-demo");
            screen.press("#confirm", "Yes, sign off course");
            assertEquals("Course signed off.", screen.text("main > p.flash"));
            assertTrue(screen.text("#sign-off-signature").contains("course reviewed and complete"),
                    screen.text("#prescription"));
            assertTrue(screen.text("#prescription").contains("Signed off"), screen.text("#prescription"));
            assertFalse(screen.page().contains("Log a dose"), "a signed-off course takes no more doses");
            screen.shot("physician-course-signed-off");
        }
    }
}
