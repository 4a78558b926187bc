package org.clinic.courses.browser;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.clinic.courses.course.Route;
import org.clinic.courses.course.ScheduleType;
import org.clinic.courses.dose.Administration;
import org.clinic.courses.dose.AdministrationStatus;
import org.clinic.courses.safety.FlagCode;
import org.clinic.courses.safety.FlagStatus;
import org.clinic.courses.support.Browser;
import org.clinic.courses.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

import java.math.BigDecimal;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.clinic.courses.support.DoseFixtures.*;
import static org.junit.jupiter.api.Assertions.*;

/**
 * A nurse on a tablet (820×1180) at the worklist: the patient-risk behaviours of issue 11, as she
 * sees them. Each test finds its own row by the course id, since the shared test database holds
 * other tests' courses too.
 */
@QuarkusTest
class BedsideJourneyTest {
    @TestHTTPResource("/")
    URL root;

    @AfterEach
    void putTheClockBack() {
        TestClock.reset();
    }

    static long due(String family, Route route, String volume) {
        return course(route, volume, today().minusDays(1), 10, ScheduleType.DAILY, "Ada", family);
    }

    static List<Administration> stored(long course) {
        return QuarkusTransaction.requiringNew().call(() ->
                Administration.<Administration>list("course.id = ?1 order by id", course));
    }

    private Browser tablet() throws Exception {
        Browser browser = Browser.open(root.toString());
        browser.driver().manage().window().setSize(new Dimension(820, 1180));
        browser.logIn("nurse", "nurse-demo");
        browser.go("/worklist?ward=all");
        return browser;
    }

    private static void open(Browser browser, String rowId) {
        WebElement details = browser.find(By.cssSelector(rowId + " details"));
        if (details.getAttribute("open") == null) {
            browser.find(By.cssSelector(rowId + " summary")).click();
        }
    }

    @Test
    void theStoredTimeIsTheMomentGiveWasTapped() throws Exception {
        long course = due("Tap" + Screen.runId(), Route.IV_INJECTION, "10");
        String rowId = "#row-" + course;
        try (Browser browser = tablet()) {
            Screen screen = new Screen(browser);
            open(browser, rowId);
            // The nurse opened the page, then prepared the injection for 12 minutes.
            TestClock.advance(Duration.ofMinutes(12));
            Instant tapped = TestClock.clock().instant();
            browser.find(By.cssSelector(rowId + " form.wl-give .actions button[type=submit]")).click();
            screen.waitForText(rowId, "Recorded: 10 ml given");
            screen.shot("bedside-tap-time");
            Instant at = stored(course).get(0).administeredAt;
            assertTrue(Duration.between(tapped, at).abs().getSeconds() < 10, "stored " + at + ", tapped " + tapped);
        }
    }

    @Test
    void aTenfoldSlipNeedsAConfirmationOnThePage() throws Exception {
        long course = due("Slip" + Screen.runId(), Route.IV_INFUSION, "30");
        String rowId = "#row-" + course;
        try (Browser browser = tablet()) {
            Screen screen = new Screen(browser);
            open(browser, rowId);
            screen.type("vol-" + course, "300");
            browser.find(By.cssSelector(rowId + " form.wl-give .actions button[type=submit]")).click();
            screen.waitForText(rowId, "300 ml entered; the order is 30 ml");
            screen.shot("bedside-slip-question");
            assertEquals(0, stored(course).size(), "not saved before the nurse confirms");
            assertEquals("300", browser.find(By.id("vol-" + course)).getAttribute("value"), "what was typed stays");
            browser.find(By.id("confirm-" + course)).click();
            browser.find(By.cssSelector(rowId + " form.wl-give .actions button[type=submit]")).click();
            screen.waitForText(rowId, "Recorded: 300 ml given");
            assertEquals(new BigDecimal("300.00"), stored(course).get(0).volumeMl);
        }
    }

    @Test
    void anExpiredSessionKeepsTheRowAndWhatWasTyped() throws Exception {
        long course = due("Expired" + Screen.runId(), Route.IV_INJECTION, "10");
        String rowId = "#row-" + course;
        try (Browser browser = tablet()) {
            Screen screen = new Screen(browser);
            open(browser, rowId);
            screen.type("lot-" + course, "LOT-KEPT");
            browser.driver().manage().deleteCookieNamed("tracker-session");
            browser.find(By.cssSelector(rowId + " form.wl-give .actions button[type=submit]")).click();
            screen.waitForText(rowId, "Not saved: log in again");
            screen.shot("bedside-session-expired");
            assertFalse(screen.text(rowId).contains("Password"), "no login page inside the row");
            assertEquals("LOT-KEPT", browser.find(By.id("lot-" + course)).getAttribute("value"));
            assertEquals(0, stored(course).size());

            browser.find(By.cssSelector(rowId + " .wl-message a")).click();
            browser.type("j_username", "nurse");
            browser.type("j_password", "nurse-demo");
            browser.find(By.cssSelector("form[action='/j_security_check'] button[type=submit]")).click();
            screen.waitForText(rowId, "Restored what you typed");
            screen.shot("bedside-restored-after-login");
            assertTrue(screen.url().endsWith("/worklist?ward=all"), "back to the view the nurse was on: " + screen.url());
            assertEquals("LOT-KEPT", browser.find(By.id("lot-" + course)).getAttribute("value"));
            browser.find(By.cssSelector(rowId + " form.wl-give .actions button[type=submit]")).click();
            screen.waitForText(rowId, "Recorded: 10 ml given");
            assertEquals("LOT-KEPT", stored(course).get(0).lotNumber);
        }
    }

    @Test
    void aBlockedRowSaysDoNotGiveAndRecordsHeldInOneTap() throws Exception {
        long course = due("Blocked" + Screen.runId(), Route.IV_INJECTION, "10");
        flag(course, FlagCode.CONTRAINDICATION, FlagStatus.OPEN);
        String rowId = "#row-" + course;
        try (Browser browser = tablet()) {
            Screen screen = new Screen(browser);
            String row = screen.text(rowId);
            assertTrue(row.contains("Do not give: awaiting physician"), "before any tap: " + row);
            screen.shot("bedside-blocked-row");
            browser.find(By.xpath("//article[@id='row-" + course + "']//button[normalize-space()='Record as held (blocked)']")).click();
            screen.waitForText(rowId, "Recorded: dose held");
            assertEquals(AdministrationStatus.HELD, stored(course).get(0).status);
        }
    }

    @Test
    void heldThenGivenTheSameDay() throws Exception {
        long course = due("HeldGiven" + Screen.runId(), Route.IV_INJECTION, "10");
        String rowId = "#row-" + course;
        try (Browser browser = tablet()) {
            Screen screen = new Screen(browser);
            open(browser, rowId);
            screen.choose("st-" + course, "HELD");
            screen.type("why-" + course, "Patient at X-ray");
            browser.find(By.cssSelector(rowId + " form.wl-notgiven button[type=submit]")).click();
            screen.waitForText(rowId, "Recorded: dose held");
            assertTrue(screen.text(rowId).contains("Held"), screen.text(rowId));
            open(browser, rowId);
            browser.find(By.cssSelector(rowId + " form.wl-give .actions button[type=submit]")).click();
            screen.waitForText(rowId, "Done for today");
            screen.shot("bedside-held-then-given");
            assertEquals(List.of(AdministrationStatus.HELD, AdministrationStatus.GIVEN),
                    stored(course).stream().map(a -> a.status).toList());
        }
    }
}
