package org.clinic.courses.browser;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.clinic.courses.course.Route;
import org.clinic.courses.course.ScheduleType;
import org.clinic.courses.support.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.net.URL;

import static org.clinic.courses.support.DoseFixtures.course;
import static org.clinic.courses.support.DoseFixtures.today;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Journey 1: a nurse logs today's dose from the worklist with one click (htmx swaps the row), records a
 * side effect, and finds both on the course page.
 */
@QuarkusTest
class NurseJourneyTest {
    @TestHTTPResource("/")
    URL root;

    @Test
    void nurseLogsTodaysDoseAndASideEffectFromTheWorklist() throws Exception {
        String run = Screen.runId();
        String family = "Worklist" + run;
        // A 10-day infusion course that started two days ago: today is day 3, and it is due.
        long courseId = course(Route.IV_INFUSION, "30", today().minusDays(2), 10, ScheduleType.DAILY, "Nina", family);
        String rowId = "#row-" + courseId;
        String lot = "LOT-" + run;

        // Other suites may have chosen a ward for 'nurse' (remembered per user): this journey starts on all wards.
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() ->
                org.clinic.courses.ward.WardPreference.deleteById("nurse"));
        try (Browser browser = Browser.open(root.toString())) {
            Screen screen = new Screen(browser);
            browser.logIn("nurse", "nurse-demo");
            screen.follow("Worklist");
            screen.shot("nurse-worklist");
            assertTrue(screen.page().contains("Worklist for " + today()), screen.page());
            String row = screen.text(rowId);
            assertTrue(row.contains(family + ", Nina"), row);
            assertTrue(row.contains("course day 3 of 10"), row);
            // A compact row: tapping it opens the prefilled entry in place.
            browser.find(By.cssSelector(rowId + " summary")).click();
            assertTrue(screen.text(rowId).contains("Nothing recorded today."), screen.text(rowId));
            assertEquals("30", browser.find(By.id("vol-" + courseId)).getAttribute("value"), "prefilled as prescribed");

            // One click: the prescribed dose, now, with the lot number typed in.
            screen.type("lot-" + courseId, lot);
            String url = screen.url();
            browser.find(By.cssSelector(rowId + " form.wl-give .actions button[type=submit]")).click();
            screen.waitForText(rowId, "Done for today");
            screen.shot("nurse-dose-given-row-swapped");
            row = screen.text(rowId);
            assertEquals(url, screen.url(), "htmx answered in place; the page was not reloaded");
            assertTrue(row.contains("Recorded: 30 ml given on course day 3."), "the row itself says it was saved: " + row);

            // The side effect, from the same row (opened again).
            browser.find(By.cssSelector(rowId + " summary")).click();
            assertTrue(screen.text(rowId).contains("Given 30.00 ml at") && screen.text(rowId).contains("by nurse"),
                    screen.text(rowId));
            browser.find(By.cssSelector(rowId + " a[href*='/adverse-events/new']")).click();
            browser.find(By.id("term"));
            screen.type("term", "Headache");
            browser.find(By.cssSelector("input[name=grade][value='2']")).click();
            screen.shot("nurse-side-effect-form");
            screen.press("form[action$='/adverse-events']", "Save side effect");
            assertTrue(screen.url().endsWith("/worklist"), "back to the worklist: " + screen.url());
            assertEquals("Recorded: Headache, grade 2.", screen.text("main > p.flash"));

            // The course page: day 3 shows the dose and the side effect with its grade.
            browser.find(By.cssSelector(rowId + " summary")).click();
            browser.find(By.cssSelector(rowId + " a[href='/courses/" + courseId + "']")).click();
            screen.waitForText("#day-3", "Given");
            screen.shot("nurse-course-page");
            String day = screen.text("#day-3");
            assertTrue(day.contains("Given 30.00 ml IV infusion") && day.contains("lot " + lot), day);
            assertTrue(day.contains("in 100.00 ml NaCl 0.9% over 30 min"), day);
            assertTrue(day.contains("Headache, grade 2"), day);
            assertTrue(screen.text("#totals").contains("Given: 30 ml"), screen.text("#totals"));
        }
    }
}
