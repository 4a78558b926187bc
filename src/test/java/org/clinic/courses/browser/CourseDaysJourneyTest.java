package org.clinic.courses.browser;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.clinic.courses.support.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.net.URL;
import java.time.LocalDate;

import static org.clinic.courses.support.DoseFixtures.today;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The clinic's days through the pages alone: a physician prescribes a 21-day stroke course, a nurse
 * logs doses and side effects over three days and voids a dose entered by mistake, and the
 * physician reads the course page.
 */
@QuarkusTest
class CourseDaysJourneyTest {
    @TestHTTPResource("/")
    URL root;

    @Test
    void prescribeLogThreeDaysVoidOneAndReview() throws Exception {
        String run = Screen.runId();
        String family = "Days" + run;
        LocalDate start = today().minusDays(2); // today is course day 3
        long courseId;
        try (Browser browser = Browser.open(root.toString())) {
            Screen screen = new Screen(browser);
            browser.logIn("physician", "physician-demo");
            screen.follow("Patients");
            screen.follow("Register a patient");
            screen.type("mrn", "J4-" + run);
            screen.type("givenName", "Ola");
            screen.type("familyName", family);
            screen.setDate("birthDate", "1952-09-30");
            screen.choose("sex", "MALE");
            screen.press("main form", "Save");
            screen.follow("Prescribe a course");
            screen.choose("choose-drug", "cerebrolysin");
            screen.choose("protocol", "Acute ischaemic stroke");
            screen.press("form[method=get]", "Fill in from protocol");
            screen.setDate("startDate", start.toString());
            screen.press("form[action='/courses']", "Prescribe");
            courseId = screen.idInUrl();
            assertEquals("Course prescribed.", screen.text("main > p.flash"));
            browser.find(By.cssSelector("form.logout button")).click();
        }
        try (Browser browser = Browser.open(root.toString())) {
            Screen screen = new Screen(browser);
            browser.logIn("nurse", "nurse-demo");
            for (int day = 1; day <= 3; day++) {
                browser.go("/courses/" + courseId);
                screen.follow("Log a dose");
                if (day < 3) {
                    screen.setDate("administeredAt", start.plusDays(day - 1) + "T09:30");
                }
                screen.type("lotNumber", "LOT-D" + day);
                screen.press("main form", "Save administration");
                assertTrue(screen.text("main > p.flash").startsWith("Recorded: 30 ml given on course day " + day),
                        screen.text("main > p.flash"));
            }
            sideEffect(browser, screen, courseId, start.plusDays(1), "Nausea", 1);
            sideEffect(browser, screen, courseId, start.plusDays(2), "Nausea", 2);

            // Day 2's dose was logged on the wrong patient: void it with a reason.
            browser.go("/courses/" + courseId);
            browser.find(By.cssSelector("#day-2 details summary")).click();
            browser.find(By.cssSelector("#day-2 details input[name=reason]")).sendKeys("Logged for the wrong patient");
            screen.press("#day-2 details form", "Void dose");
            assertEquals("Administration voided; it stays on the record, struck through.", screen.text("main > p.flash"));
            screen.shot("nurse-voided-day-2");
        }
        try (Browser browser = Browser.open(root.toString())) {
            Screen screen = new Screen(browser);
            browser.logIn("physician", "physician-demo");
            browser.go("/courses/" + courseId);
            screen.shot("physician-reviews-three-days");
            assertTrue(screen.text("#day-1").contains("Given 30.00 ml IV infusion") && screen.text("#day-1").contains("LOT-D1"),
                    screen.text("#day-1"));
            String day2 = screen.text("#day-2");
            assertTrue(day2.contains("LOT-D2") && day2.contains("Logged for the wrong patient") && day2.contains("by nurse"), day2);
            assertEquals(1, browser.driver().findElements(By.cssSelector("#day-2 .dose.voided")).size(),
                    "the voided dose stays visible, struck through");
            assertTrue(day2.contains("Nausea, grade 1"), day2);
            assertTrue(screen.text("#day-3").contains("Nausea, grade 2"), screen.text("#day-3"));
            assertTrue(screen.text("#day-3").contains("Worsening side effect"), "the flag stands on the day it arose: "
                    + screen.text("#day-3"));
            assertTrue(screen.text("#totals").contains("Given: 60 ml"), screen.text("#totals"));
            assertTrue(screen.text("#flags").contains("Nausea"), "the worsening side effect is flagged: " + screen.text("#flags"));
        }
    }

    private static void sideEffect(Browser browser, Screen screen, long courseId, LocalDate on, String term, int grade) {
        browser.go("/courses/" + courseId);
        screen.follow("Record a side effect");
        screen.setDate("observedOn", on.toString());
        screen.type("term", term);
        browser.find(By.cssSelector("input[name=grade][value='" + grade + "']")).click();
        screen.press("main form", "Save side effect");
        assertTrue(screen.text("main > p.flash").startsWith("Recorded: " + term + ", grade " + grade), screen.text("main > p.flash"));
    }
}
