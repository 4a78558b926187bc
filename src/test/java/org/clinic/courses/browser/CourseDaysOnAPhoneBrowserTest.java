package org.clinic.courses.browser;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.clinic.courses.course.Route;
import org.clinic.courses.course.ScheduleType;
import org.clinic.courses.support.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import java.net.URL;
import java.util.List;
import java.util.Map;

import static org.clinic.courses.support.DoseFixtures.*;
import static org.clinic.courses.support.WebSession.apiNurse;
import static org.junit.jupiter.api.Assertions.*;

/**
 * The course page's day-by-day table on a phone (390 px): one card per day, each value labelled by its column
 * heading in whole words, no sideways scroll; on a tablet (820 px) it stays a table whose headings fit one line.
 */
@QuarkusTest
class CourseDaysOnAPhoneBrowserTest {
    @TestHTTPResource("/")
    URL root;

    @Test
    void theDaysReadAsCardsOnAPhoneAndAsATableOnATablet() throws Exception {
        long course = course(Route.IV_INFUSION, "30", today().minusDays(2), 10, ScheduleType.DAILY, "Ada",
                "Phone" + Screen.runId());
        apiNurse().body(Map.of("administeredAt", earlierToday(3600).toString(), "route",
                "IV_INFUSION", "volumeMl", 30, "status", "GIVEN", "lotNumber", "L1", "diluent", "NaCl 0.9%",
                "diluentVolumeMl", 100, "infusionMinutes", 20)).post("/api/courses/" + course + "/administrations")
                .then().statusCode(201);
        apiNurse().body(Map.of("observedOn", today().toString(), "term", "Headache", "grade", 1, "serious", false,
                "action", "NONE", "outcome", "NOT_RECOVERED", "causality", "POSSIBLE"))
                .post("/api/courses/" + course + "/adverse-events").then().statusCode(201);
        try (Browser browser = Browser.open(root.toString())) {
            Screen screen = new Screen(browser);
            browser.logIn("nurse", "nurse-demo");
            JavascriptExecutor js = (JavascriptExecutor) browser.driver();

            browser.driver().manage().window().setSize(new Dimension(390, 1100));
            browser.go("/courses/" + course);
            assertNull(Layout.overflow(browser.driver()), "no sideways scroll at 390 px");
            WebElement today = browser.find(By.id("day-3"));
            assertEquals("block", today.getCssValue("display"), "each day is a card");
            assertEquals("Day: ", label(js, today.findElement(By.cssSelector("th"))));
            List<String> labels = today.findElements(By.cssSelector("td")).stream()
                    .filter(WebElement::isDisplayed).map(td -> label(js, td)).toList();
            assertEquals(List.of("Date: ", "Due: ", "Doses: ", "Side effects: "), labels,
                    "each shown value labelled in words; the empty flags cell is left out");
            // getText leaves out the ::before labels, checked above
            String card = today.getText();
            assertTrue(card.contains("Given 30.00 ml"), card);
            assertTrue(card.contains("Headache, grade 1"), card);
            for (WebElement cell : today.findElements(By.cssSelector("th, td"))) {
                if (!cell.isDisplayed()) continue;
                assertTrue(cell.getRect().getWidth() >= 300, "a card's line spans the phone: " + cell.getRect().getWidth());
            }
            js.executeScript("document.getElementById('day-3').scrollIntoView();");
            screen.shot("course-days-at-390px");

            browser.driver().manage().window().setSize(new Dimension(820, 1180));
            browser.go("/courses/" + course);
            assertEquals("table-row", browser.find(By.id("day-3")).getCssValue("display"), "a table on a tablet");
            for (WebElement th : browser.driver().findElements(By.cssSelector("#days thead th"))) {
                double line = Double.parseDouble(th.getCssValue("line-height").replace("px", ""));
                assertTrue(th.getRect().getHeight() <= 2 * line + 12 + 1,
                        "heading '" + th.getText() + "' kept whole: " + th.getRect().getHeight() + " px high");
            }
            js.executeScript("document.getElementById('days').scrollIntoView();");
            screen.shot("course-days-at-820px");
        }
    }

    /** The column heading a card shows before a value (the cell's ::before text). */
    private static String label(JavascriptExecutor js, WebElement cell) {
        String content = (String) js.executeScript(
                "return getComputedStyle(arguments[0], '::before').content;", cell);
        return content.replaceAll("^\"|\"$", "");
    }
}
