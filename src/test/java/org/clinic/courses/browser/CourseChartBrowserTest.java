package org.clinic.courses.browser;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.clinic.courses.course.Route;
import org.clinic.courses.support.Browser;
import org.clinic.courses.support.DoseFixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.clinic.courses.support.DoseFixtures.clock;
import static org.clinic.courses.support.DoseFixtures.today;
import static org.clinic.courses.support.WebSession.apiPhysician;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A physician reads a course at a glance: the chart, its text alternative and the doses table in words. */
@QuarkusTest
class CourseChartBrowserTest {
    @TestHTTPResource("/")
    URL root;

    @Test
    void theChartShowsVolumesStatusesSideEffectsAndFlagsInWords() throws Exception {
        long course = DoseFixtures.course(Route.IV_INFUSION, "30", today().minusDays(3), 10,
                org.clinic.courses.course.ScheduleType.DAILY, "Edda", "Chart" + Screen.runId());
        LocalDate start = today().minusDays(3);
        for (int day = 1; day <= 2; day++) {
            apiPhysician().body(Map.of("administeredAt", start.plusDays(day - 1).atTime(10, 0).atZone(clock().getZone())
                                    .toOffsetDateTime().toString(), "route", "IV_INFUSION", "volumeMl", 30, "status", "GIVEN",
                            "lotNumber", "LOT-" + day, "diluent", "NaCl 0.9%", "diluentVolumeMl", 100, "infusionMinutes", 30))
                    .post("/api/courses/" + course + "/administrations").then().statusCode(201);
        }
        apiPhysician().body(Map.of("observedOn", start.plusDays(1).toString(), "term", "Headache", "grade", 3, "serious", true,
                        "seriousCriteria", List.of("HOSPITALISATION"), "action", "NONE", "outcome", "NOT_RECOVERED",
                        "causality", "POSSIBLE"))
                .post("/api/courses/" + course + "/adverse-events").then().statusCode(201);
        try (Browser browser = Browser.open(root.toString())) {
            Screen screen = new Screen(browser);
            browser.logIn("physician", "physician-demo");
            browser.go("/courses/" + course);
            WebElement svg = browser.find(By.cssSelector("#course-chart svg[role=img]"));
            assertEquals("chart-title chart-desc", svg.getAttribute("aria-labelledby"));
            String desc = browser.find(By.id("chart-desc")).getAttribute("textContent");
            assertTrue(desc.contains("2 of 10 days given, 1 missed"), desc);
            String key = screen.text("#course-chart figcaption");
            assertTrue(key.contains("given (G)") && key.contains("missed (M)") && key.contains("serious"), key);
            String cell = browser.find(By.cssSelector("#course-chart .chart-cell title")).getAttribute("textContent");
            assertEquals("Headache, day 2: grade 3, serious", cell);
            // issue 14 (third session): the page's styles must not repaint the grade dark on its dark shade
            Number ratio = (Number) ((JavascriptExecutor) browser.driver()).executeScript("""
                    const g = document.querySelector('#course-chart .chart-cell');
                    const rgb = c => c.match(/[\\d.]+/g).slice(0, 3).map(Number);
                    const lum = ([r, gr, b]) => { const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
                      return 0.2126 * f(r) + 0.7152 * f(gr) + 0.0722 * f(b); };
                    const [x, y] = [lum(rgb(getComputedStyle(g.querySelector('text')).fill)),
                                    lum(rgb(getComputedStyle(g.querySelector('rect')).fill))].sort((m, n) => n - m);
                    return (x + 0.05) / (y + 0.05);""");
            assertTrue(ratio.doubleValue() >= 4.5, "grade 3S text against its shade: " + ratio + ":1");
            String flagMarker = browser.find(By.cssSelector("#course-chart .chart-flag title")).getAttribute("textContent");
            assertTrue(flagMarker.startsWith("Day 2:") && flagMarker.contains("critical"), flagMarker);

            String table = screen.text(".chart-table");
            assertTrue(table.contains("Prescribed (ml)") && table.contains("Given (ml)") && table.contains("Lot")
                    && table.contains("Nurse"), table);
            WebElement day1 = browser.find(By.xpath("//details[contains(@class,'chart-table')]//tr[th[normalize-space()='1']]"));
            assertTrue(day1.getText().contains("Given") && day1.getText().contains("30") && day1.getText().contains("LOT-1")
                    && day1.getText().contains("physician"), day1.getText());
            WebElement day3 = browser.find(By.xpath("//details[contains(@class,'chart-table')]//tr[th[normalize-space()='3']]"));
            assertTrue(day3.getText().contains("Missed"), day3.getText());
            assertTrue(!screen.page().contains("SERIOUS_ADVERSE_EVENT"), "flag kinds in words, never codes");
            ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById('course-chart').scrollIntoView();");
            screen.shot("course-chart");
            ((JavascriptExecutor) browser.driver()).executeScript("document.documentElement.style.filter='grayscale(1)';");
            screen.shot("course-chart-greyscale");
        }
    }

    /** A 21-day course on a tablet (820 px) and a phone (390 px): the chart wraps a week to a row, no sideways scroll. */
    @Test
    void aThreeWeekChartFitsATabletAndAPhoneWithoutSidewaysScroll() throws Exception {
        LocalDate start = today().minusDays(9);
        long course = DoseFixtures.course(Route.IV_INFUSION, "30", start, 21,
                org.clinic.courses.course.ScheduleType.DAILY, "Wanda", "Weeks" + Screen.runId());
        apiPhysician().body(Map.of("observedOn", start.plusDays(8).toString(), "term", "Dizziness", "grade", 2, "serious", false,
                        "action", "NONE", "outcome", "RECOVERING", "causality", "POSSIBLE"))
                .post("/api/courses/" + course + "/adverse-events").then().statusCode(201);
        try (Browser browser = Browser.open(root.toString())) {
            Screen screen = new Screen(browser);
            browser.logIn("physician", "physician-demo");
            JavascriptExecutor js = (JavascriptExecutor) browser.driver();
            for (int width : new int[]{820, 390}) {
                browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(width, 1100));
                browser.go("/courses/" + course);
                List<WebElement> weeks = browser.driver().findElements(By.cssSelector("#course-chart svg[role=img]"));
                assertEquals(3, weeks.size(), "days 1-7, 8-14 and 15-21 each on a row");
                for (String box : new String[]{"#course-chart", "#course-chart .chart-weeks"}) {
                    long scroll = (Long) js.executeScript("return document.querySelector(arguments[0]).scrollWidth;", box);
                    long client = (Long) js.executeScript("return document.querySelector(arguments[0]).clientWidth;", box);
                    assertTrue(scroll <= client, box + " scrolls sideways at " + width + " px: " + scroll + " in " + client);
                }
                Number right = (Number) js.executeScript(
                        "return document.querySelector('#course-chart .chart-weeks').getBoundingClientRect().right;");
                long viewport = (Long) js.executeScript("return document.documentElement.clientWidth;");
                assertTrue(right.doubleValue() <= viewport, "the chart ends inside the screen at " + width + " px");
                for (WebElement week : weeks) {
                    Number scale = (Number) js.executeScript(
                            "return arguments[0].getBoundingClientRect().width / arguments[0].viewBox.baseVal.width;", week);
                    assertTrue(scale.doubleValue() >= 0.9, "text stays readable at " + width + " px, scale " + scale);
                }
                String cell = browser.find(By.cssSelector("#course-chart .chart-cell title")).getAttribute("textContent");
                assertEquals("Dizziness, day 9: grade 2", cell);
                String secondWeek = weeks.get(1).findElement(By.tagName("title")).getAttribute("textContent");
                assertTrue(secondWeek.endsWith("Days 8 to 14"), secondWeek);
                js.executeScript("document.getElementById('course-chart').scrollIntoView();");
                screen.shot("course-chart-21-days-at-" + width + "px");
            }
        }
    }
}
