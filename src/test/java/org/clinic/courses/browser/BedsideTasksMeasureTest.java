package org.clinic.courses.browser;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.clinic.courses.adverse.AdverseEvent;
import org.clinic.courses.course.Route;
import org.clinic.courses.course.ScheduleType;
import org.clinic.courses.course.TreatmentCourse;
import org.clinic.courses.dose.Administration;
import org.clinic.courses.dose.AdministrationStatus;
import org.clinic.courses.support.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import static org.clinic.courses.support.DoseFixtures.*;
import static org.junit.jupiter.api.Assertions.*;

/**
 * The measured task table of docs/bedside-tasks.md: five bedside tasks done on a tablet (820×1180) the way
 * a nurse does them, counting what the nurse does. A tap is a click (a field tapped before typing counts);
 * keys are characters typed by hand plus Enter; a scan is one string from the keyboard-wedge scanner (its
 * characters are not keys); scroll is the distance the page moved to bring each target into view (no
 * jumps from page loads); time is wall-clock from the first interaction until the result shows, on this
 * machine. Each task checks that its record was stored, so a number can only be written by a task that
 * worked. The table lands in target/bedside-tasks.md.
 */
@QuarkusTest
class BedsideTasksMeasureTest {
    @TestHTTPResource("/")
    URL root;

    /** One task's counts. */
    static final class Task {
        final String name;
        final String from;
        int taps, keys, scans;
        long scroll;
        long started;
        long millis;
        final JavascriptExecutor js;

        Task(String name, String from, Browser browser) {
            this.name = name;
            this.from = from;
            this.js = (JavascriptExecutor) browser.driver();
            this.started = System.nanoTime();
        }

        /** Brings the element into view as a person scrolls to it (the least movement), then taps it. */
        void tap(WebElement e) {
            reach(e);
            e.click();
            taps++;
        }

        void type(WebElement field, String text) {
            tap(field);
            field.clear();
            field.sendKeys(text);
            keys += text.length();
        }

        void scan(WebElement field, String code) {
            reach(field);
            field.sendKeys(code + Keys.ENTER); // the scanner ends with Enter itself
            scans++;
        }

        private void reach(WebElement e) {
            long before = ((Number) js.executeScript("return window.scrollY;")).longValue();
            js.executeScript("arguments[0].scrollIntoView({block: 'nearest', inline: 'nearest'});", e);
            long after = ((Number) js.executeScript("return window.scrollY;")).longValue();
            scroll += Math.abs(after - before);
        }

        void done() {
            millis = (System.nanoTime() - started) / 1_000_000;
        }

        String row() {
            return "| " + name + " | " + from + " | " + taps + " | " + keys + " | " + scans + " | " + scroll + " px | "
                    + String.format("%.1f s", millis / 1000.0) + " |";
        }
    }

    static String mrn(long course) {
        return QuarkusTransaction.requiringNew().call(() -> TreatmentCourse.<TreatmentCourse>findById(course).patient.mrn);
    }

    static List<Administration> stored(long course) {
        return QuarkusTransaction.requiringNew().call(() ->
                Administration.<Administration>list("course.id = ?1 order by id", course));
    }

    @Test
    void fiveBedsideTasksMeasured() throws Exception {
        String run = Screen.runId();
        // 30 courses due today, so the worklist is a ward's, not a test's.
        List<Long> ward = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            ward.add(course(Route.IV_INJECTION, "10", today().minusDays(1), 10, ScheduleType.DAILY, "Pat" + i, "Ward" + run));
        }
        List<Task> tasks = new ArrayList<>();
        try (Browser browser = Browser.open(root.toString())) {
            browser.driver().manage().window().setSize(new Dimension(820, 1180));
            browser.logIn("nurse", "nurse-demo");
            Screen screen = new Screen(browser);

            long give = ward.get(7);
            browser.go("/worklist?ward=all");
            Task t = new Task("Give a dose", "worklist", browser);
            t.scan(browser.find(By.id("find")), "]C1" + mrn(give));
            t.tap(browser.find(By.cssSelector("#row-" + give + " form.wl-give .actions button[type=submit]")));
            screen.waitForText("#row-" + give, "Recorded: 10 ml given");
            t.done();
            assertEquals(AdministrationStatus.GIVEN, stored(give).get(0).status);
            tasks.add(t);

            long byScan = ward.get(19);
            browser.go("/worklist?ward=all");
            t = new Task("Give by scan", "worklist", browser);
            t.scan(browser.find(By.id("find")), "]C1" + mrn(byScan));
            String expiry = today().plusYears(1).format(DateTimeFormatter.ofPattern("yyMMdd"));
            // GTIN, expiry, then the lot last: a variable-length field at the end needs no group separator.
            t.scan(browser.find(By.id("scan-" + byScan)), "]d201" + "02000001000021" + "17" + expiry + "10LOT-" + run);
            // The scanner's Enter reads the pack (nothing saved yet) and puts the focus on Give: one tap confirms.
            screen.waitForText("#row-" + byScan, "Read from the pack: lot LOT-" + run);
            WebElement giveByScan = browser.find(By.cssSelector("#row-" + byScan + " form.wl-give .actions button[type=submit]"));
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(5))
                    .until(d -> giveByScan.equals(d.switchTo().activeElement()));
            assertEquals(List.of(), stored(byScan), "the read saved nothing");
            t.tap(giveByScan);
            screen.waitForText("#row-" + byScan, "Recorded: 10 ml given");
            t.done();
            assertEquals("LOT-" + run, stored(byScan).get(0).lotNumber);
            tasks.add(t);

            long hold = ward.get(25);
            browser.go("/worklist?ward=all");
            t = new Task("Hold a dose", "worklist", browser);
            t.scan(browser.find(By.id("find")), "]C1" + mrn(hold));
            t.type(browser.find(By.id("why-" + hold)), "Patient at X-ray"); // "Held" is the list's first choice
            t.tap(browser.find(By.cssSelector("#row-" + hold + " form.wl-notgiven button[type=submit]")));
            screen.waitForText("#row-" + hold, "Recorded: dose held");
            t.done();
            assertEquals(AdministrationStatus.HELD, stored(hold).get(0).status);
            tasks.add(t);

            long effect = ward.get(12);
            browser.go("/worklist?ward=all");
            t = new Task("Record a side effect", "worklist", browser);
            t.scan(browser.find(By.id("find")), "]C1" + mrn(effect));
            t.tap(browser.find(By.cssSelector("#row-" + effect + " a[href^='/courses/" + effect + "/adverse-events/new']")));
            t.type(browser.find(By.id("term")), "Headache");
            t.tap(browser.find(By.cssSelector("input[name=grade][value='2']")));
            t.tap(browser.find(By.xpath("//main//button[normalize-space()='Save side effect']")));
            browser.waitForText("Recorded: Headache, grade 2.");
            t.done();
            assertEquals(1L, (long) QuarkusTransaction.requiringNew().call(() -> AdverseEvent.count("course.id", effect)));
            tasks.add(t);

            browser.go("/courses/" + give);
            t = new Task("Correct an entry (the lot)", "course page", browser);
            t.tap(browser.find(By.linkText("Correct this entry")));
            t.type(browser.find(By.id("lotNumber")), "LOT-FIXED");
            t.type(browser.find(By.id("reason")), "Lot misread");
            t.tap(browser.find(By.xpath("//main//button[normalize-space()='Save the correction']")));
            browser.waitForText("Corrects the entry of");
            t.done();
            assertEquals("LOT-FIXED", stored(give).get(1).lotNumber);
            assertTrue(stored(give).get(0).voided);
            tasks.add(t);
            screen.shot("measured-correction");
        }
        StringBuilder table = new StringBuilder("| task | from | taps | keys | scans | scroll | time |\n|---|---|---|---|---|---|---|\n");
        tasks.forEach(t -> table.append(t.row()).append('\n'));
        Path out = Path.of("target", "bedside-tasks.md");
        Files.writeString(out, table.toString());
        System.out.println("Measured bedside tasks (" + out + "):\n" + table);
    }
}
