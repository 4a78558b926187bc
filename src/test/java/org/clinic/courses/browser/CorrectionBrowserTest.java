package org.clinic.courses.browser;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.clinic.courses.course.Route;
import org.clinic.courses.course.ScheduleType;
import org.clinic.courses.dose.Administration;
import org.clinic.courses.dose.AdministrationStatus;
import org.clinic.courses.support.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.Select;

import java.math.BigDecimal;
import java.net.URL;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.clinic.courses.support.DoseFixtures.*;
import static org.junit.jupiter.api.Assertions.*;

/**
 * On a tablet (820×1180): "correct this entry" from the course page, and the dose form reached from the
 * course page keeping the worklist row's behaviours (IM site rotation, an expired session keeps what was
 * typed, the clinic's 24-hour time beside the browser's time field).
 */
@QuarkusTest
class CorrectionBrowserTest {
    @TestHTTPResource("/")
    URL root;

    static List<Administration> stored(long course) {
        return QuarkusTransaction.requiringNew().call(() ->
                Administration.<Administration>list("course.id = ?1 order by id", course));
    }

    static long storedDose(long course, String site, String lot) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Administration a = new Administration();
            a.course = org.clinic.courses.course.TreatmentCourse.findById(course);
            a.administeredAt = Instant.now().minus(1, ChronoUnit.DAYS);
            a.courseDay = a.course.courseDayOf(a.administeredAt.atZone(clock().getZone()).toLocalDate());
            a.route = a.course.route;
            a.volumeMl = a.course.dailyVolumeMl;
            a.status = AdministrationStatus.GIVEN;
            a.site = site;
            a.lotNumber = lot;
            a.recordedBy = "nurse";
            a.recordedAt = a.administeredAt;
            a.persist();
            return a.id;
        });
    }

    private Browser tablet() throws Exception {
        Browser browser = Browser.open(root.toString());
        browser.driver().manage().window().setSize(new Dimension(820, 1180));
        browser.logIn("nurse", "nurse-demo");
        return browser;
    }

    @Test
    void aNurseCorrectsAnEntryFromTheCoursePageInOneStep() throws Exception {
        long course = course(Route.IV_INJECTION, "10", today().minusDays(2), 10, ScheduleType.DAILY, "Ada",
                "Correct" + Screen.runId());
        try (Browser browser = tablet()) {
            Screen screen = new Screen(browser);
            browser.go("/courses/" + course + "/administrations/new");
            screen.type("lotNumber", "LOT-TYPO");
            screen.press("main form[data-keep-draft]", "Save administration");
            assertTrue(screen.page().contains("Recorded: 10 ml given on course day 3"), screen.page());
            long original = stored(course).get(0).id;

            screen.follow("Correct this entry");
            assertEquals("LOT-TYPO", browser.find(By.id("lotNumber")).getAttribute("value"), "prefilled with the record");
            screen.shot("correct-form");
            screen.type("lotNumber", "LOT-RIGHT");
            screen.type("reason", "Lot misread from the vial");
            screen.press("main form[data-keep-draft]", "Save the correction");
            String page = screen.page();
            screen.shot("correct-chain");
            assertTrue(page.contains("Corrected: 10 ml given on course day 3; the entry it replaces is voided."), page);
            assertTrue(page.contains("Corrects the entry of"), page);
            assertTrue(page.contains("voided by nurse: Lot misread from the vial"), page);
            assertTrue(page.contains("Corrected by nurse (Lot misread from the vial)"), page);

            List<Administration> all = stored(course);
            assertEquals(2, all.size());
            assertTrue(all.get(0).voided);
            assertEquals("LOT-RIGHT", all.get(1).lotNumber);
            assertEquals(original, all.get(1).replacesId);
            assertEquals(all.get(0).administeredAt, all.get(1).administeredAt, "the correction keeps the time");
        }
    }

    @Test
    void aNurseCorrectsASideEffectFromTheCoursePageInOneStep() throws Exception {
        long course = course(Route.IV_INFUSION, "30", today().minusDays(2), 10, ScheduleType.DAILY, "Ada",
                "Effect" + Screen.runId());
        int original = org.clinic.courses.support.WebSession.apiNurse().body(java.util.Map.of("observedOn",
                        today().minusDays(1).toString(), "term", "Headache", "grade", 3, "serious", false, "action", "NONE",
                        "outcome", "NOT_RECOVERED", "causality", "POSSIBLE"))
                .post("/api/courses/" + course + "/adverse-events").then().statusCode(201).extract().path("id");
        try (Browser browser = tablet()) {
            Screen screen = new Screen(browser);
            browser.go("/courses/" + course);
            assertTrue(screen.page().contains("Serious adverse event: Headache, grade 3"), screen.page());
            org.openqa.selenium.WebElement link = browser.find(By.cssSelector("a[href^='/adverse-events/" + original + "/correct']"));
            assertTrue(link.getAttribute("aria-label").startsWith("Correct this entry: the side effect Headache of day 2 for Ada Effect"),
                    link.getAttribute("aria-label"));
            screen.follow("Correct this entry");
            assertEquals("Headache", browser.find(By.id("term")).getAttribute("value"), "prefilled with the record");
            assertTrue(browser.find(By.cssSelector("input[name=grade][value='3']")).isSelected());
            browser.find(By.xpath("//input[@name='grade'][@value='1']/..")).click();
            screen.type("reason", "Grade 1, not 3");
            screen.shot("correct-side-effect-form");
            screen.press("main form", "Save the correction");
            String page = screen.page();
            screen.shot("correct-side-effect-chain");
            assertTrue(page.contains("Corrected: Headache, grade 1; the entry it replaces is voided."), page);
            assertTrue(page.contains("Corrects the entry of " + today().minusDays(1) + ", voided by nurse: Grade 1, not 3"), page);
            assertTrue(page.contains("Corrected by nurse (Grade 1, not 3)"), page);
            assertFalse(page.contains("Serious adverse event: Headache, grade 3"), "the voided grade 3 no longer flags");

            List<org.clinic.courses.adverse.AdverseEvent> all = QuarkusTransaction.requiringNew().call(() ->
                    org.clinic.courses.adverse.AdverseEvent.<org.clinic.courses.adverse.AdverseEvent>list(
                            "course.id = ?1 order by id", course));
            assertEquals(2, all.size());
            assertTrue(all.get(0).voided);
            assertEquals(1, all.get(1).grade);
            assertEquals((long) original, all.get(1).replacesId);
        }
    }

    @Test
    void theCoursePageDoseFormRotatesTheSiteAndSurvivesAnExpiredSession() throws Exception {
        long course = course(Route.IM_INJECTION, "5", today().minusDays(2), 10, ScheduleType.DAILY, "Ada",
                "Expired" + Screen.runId());
        storedDose(course, "LEFT_GLUTEAL", "L0");
        try (Browser browser = tablet()) {
            Screen screen = new Screen(browser);
            browser.go("/courses/" + course);
            screen.follow("Log a dose");
            assertEquals("Right buttock (gluteal)", new Select(browser.find(By.id("site"))).getFirstSelectedOption().getText(),
                    "the site after the last one used, in words");
            assertEquals("RIGHT_GLUTEAL", new Select(browser.find(By.id("site"))).getFirstSelectedOption().getAttribute("value"));
            String hint = screen.text("#administeredAt-hint");
            assertTrue(hint.matches("24-hour clock, clinic time \\(.+\\): \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}\\..*"), hint);
            screen.setDate("administeredAt", today() + "T00:05");
            assertTrue(screen.text("#administeredAt-hint").contains(today() + " 00:05"), "the readout follows the field");

            screen.type("lotNumber", "LOT-KEPT");
            browser.driver().manage().deleteCookieNamed("tracker-session");
            browser.find(By.xpath("//main//form[@data-keep-draft]//button[normalize-space()='Save administration']")).click();
            browser.waitForText("Not saved: log in again");
            screen.shot("course-form-session-expired");
            assertEquals("LOT-KEPT", browser.find(By.id("lotNumber")).getAttribute("value"));
            assertEquals(1, stored(course).size(), "nothing sent");

            screen.follow("Log in again");
            browser.type("j_username", "nurse");
            browser.type("j_password", "nurse-demo");
            browser.find(By.cssSelector("form[action='/j_security_check'] button[type=submit]")).click();
            browser.waitForText("Restored what you typed before logging in");
            screen.shot("course-form-restored");
            assertTrue(screen.url().contains("/courses/" + course + "/administrations/new"), screen.url());
            assertEquals("LOT-KEPT", browser.find(By.id("lotNumber")).getAttribute("value"));
            screen.press("main form[data-keep-draft]", "Save administration");
            assertTrue(screen.page().contains("Recorded: 5 ml given"), screen.page());
            Administration a = stored(course).get(1);
            assertEquals("LOT-KEPT", a.lotNumber);
            assertEquals("RIGHT_GLUTEAL", a.site);
            assertEquals(new BigDecimal("5.00"), a.volumeMl);
            assertEquals(today().atTime(0, 5), java.time.LocalDateTime.ofInstant(a.administeredAt, clock().getZone()),
                    "the time the nurse had changed came back and was stored");
        }
    }
}
