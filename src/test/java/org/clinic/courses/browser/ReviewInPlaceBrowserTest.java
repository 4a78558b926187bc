package org.clinic.courses.browser;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.clinic.courses.course.Route;
import org.clinic.courses.course.ScheduleType;
import org.clinic.courses.safety.FlagCode;
import org.clinic.courses.safety.FlagStatus;
import org.clinic.courses.support.Browser;
import org.clinic.courses.support.DoseFixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.clinic.courses.support.DoseFixtures.today;
import static org.clinic.courses.support.WebSession.apiPhysician;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A physician acts on a flag from the course page, is asked before signing off (and shown what is
 * outstanding), and reads the review queue on a tablet (820 px) without scrolling sideways.
 */
@QuarkusTest
class ReviewInPlaceBrowserTest {
    @TestHTTPResource("/")
    URL root;

    @Test
    void overrideFromTheCourseThenConfirmSignOff() throws Exception {
        String family = "Review" + Screen.runId();
        long course = DoseFixtures.course(Route.IV_INFUSION, "30", today().minusDays(3), 10, ScheduleType.DAILY,
                "Ida", family);
        DoseFixtures.enteredBeforeItStarted(course);
        long flag = DoseFixtures.flag(course, FlagCode.CONTRAINDICATION, FlagStatus.OPEN);
        try (Browser browser = Browser.open(root.toString())) {
            Screen screen = new Screen(browser);
            browser.logIn("physician", "physician-demo");
            browser.go("/courses/" + course);
            assertTrue(screen.text("#flag-" + flag).contains("Contraindication"), screen.text("#flags"));
            screen.openReview("flag-" + flag);
            screen.shot("review-in-place-panel-open");
            screen.type("override-" + flag, "Seizure-free for 12 years; neurology agrees");
            screen.type("override-" + flag + "-password", "physician-demo");
            screen.press("#flag-" + flag, "Override");
            assertEquals("Contraindication flag on course " + course + " overridden.", screen.text("main > p.flash"));
            assertTrue(screen.url().contains("/courses/" + course), "back on the course: " + screen.url());
            String line = screen.text("#flag-" + flag);
            assertTrue(line.contains("Overridden") && line.contains("Seizure-free for 12 years"), line);
            screen.shot("review-in-place-overridden");

            screen.follow("Sign off course…");
            String outstanding = screen.text("#outstanding");
            assertTrue(outstanding.contains("Today is course day 4 of 10."), outstanding);
            assertTrue(outstanding.contains("4 due days so far without a given dose: 1, 2, 3, 4."), outstanding);
            assertTrue(outstanding.contains("6 due days still to come: 5, 6, 7, 8, 9, 10."), outstanding);
            assertTrue(outstanding.contains("Missed dose (day 1)"), outstanding);
            screen.shot("sign-off-confirmation");
            screen.type("password", "physician-demo");
            screen.press("#confirm", "Yes, sign off course");
            assertEquals("Course signed off.", screen.text("main > p.flash"));
            screen.shot("sign-off-done");
        }
    }

    @Test
    void theQueueFitsATabletAndLabelsItsCounts() throws Exception {
        String family = "Queue" + Screen.runId();
        long course = DoseFixtures.course(Route.IV_INFUSION, "30", today().minusDays(2), 10, ScheduleType.DAILY,
                "Una", family);
        long flag = DoseFixtures.flag(course, FlagCode.CONTRAINDICATION, FlagStatus.OPEN);
        try (Browser browser = Browser.open(root.toString())) {
            Screen screen = new Screen(browser);
            browser.logIn("physician", "physician-demo");
            browser.driver().manage().window().setSize(new Dimension(820, 1100));
            browser.go("/flags");
            String counts = screen.text(".queue-counts");
            assertTrue(counts.matches("(?s).*\\d+ flags? shown.*") && counts.contains("Critical") && counts.contains("Open"),
                    counts);
            assertTrue(screen.page().contains("Times are clinic time, " + DoseFixtures.clock().getZone().getId() + "."),
                    "the zone of the times is named");
            screen.openReview("flag-" + flag);
            screen.shot("queue-at-820px");
            JavascriptExecutor js = (JavascriptExecutor) browser.driver();
            long scroll = (Long) js.executeScript("return document.documentElement.scrollWidth;");
            long width = (Long) js.executeScript("return document.documentElement.clientWidth;");
            assertTrue(scroll <= width, "sideways scroll at 820 px: content " + scroll + " px in " + width + " px");
            assertTrue(screen.text("#flag-" + flag).contains(family), "the line names the patient");
        }
    }

    /**
     * Issue 14 (third session), at a laptop's 1366 px: the queue's status boxes sit beside their labels, and no
     * table cell of the safety view breaks inside a word ("LBAD" over "7", "Cerebrolys" over "in").
     */
    @Test
    void aLaptopKeepsWordsWholeAndBoxesBesideTheirLabels() throws Exception {
        LocalDate start = today().minusDays(2);
        long course = DoseFixtures.course(Route.IV_INFUSION, "30", start, 10, ScheduleType.DAILY, "Lotte",
                "Words" + Screen.runId());
        for (int day = 1; day <= 2; day++) {
            apiPhysician().body(Map.of("administeredAt", start.plusDays(day - 1).atTime(10, 0).atZone(DoseFixtures.clock().getZone())
                                    .toOffsetDateTime().toString(), "route", "IV_INFUSION", "volumeMl", 30, "status", "GIVEN",
                            "lotNumber", "LBAD7", "diluent", "NaCl 0.9%", "diluentVolumeMl", 100, "infusionMinutes", 30))
                    .post("/api/courses/" + course + "/administrations").then().statusCode(201);
        }
        apiPhysician().body(Map.of("observedOn", start.plusDays(1).toString(), "term", "Injection site reaction", "grade", 1,
                        "serious", false, "action", "NONE", "outcome", "RECOVERING", "causality", "POSSIBLE"))
                .post("/api/courses/" + course + "/adverse-events").then().statusCode(201);
        try (Browser browser = Browser.open(root.toString())) {
            Screen screen = new Screen(browser);
            browser.logIn("physician", "physician-demo");
            browser.driver().manage().window().setSize(new Dimension(1366, 900));
            JavascriptExecutor js = (JavascriptExecutor) browser.driver();

            browser.go("/flags");
            @SuppressWarnings("unchecked")
            List<String> apart = (List<String>) js.executeScript("""
                    const apart = [];
                    for (const box of document.querySelectorAll('input[name=status]')) {
                      const text = [...box.parentElement.childNodes].find(n => n.nodeType === 3 && n.textContent.trim());
                      const r = document.createRange(); r.selectNodeContents(text);
                      const t = r.getBoundingClientRect(), b = box.getBoundingClientRect();
                      const sameLine = Math.abs((t.top + t.bottom) / 2 - (b.top + b.bottom) / 2) < b.height;
                      if (!sameLine || t.left < b.right) apart.push(text.textContent.trim());
                    }
                    return apart;""");
            assertTrue(apart.isEmpty(), "status boxes not beside their labels: " + apart);
            screen.shot("queue-filters-at-1366px");

            browser.go("/signals");
            @SuppressWarnings("unchecked")
            List<String> broken = (List<String>) js.executeScript("""
                    const broken = [];
                    for (const cell of document.querySelectorAll('table th, table td')) {
                      const walk = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
                      for (let n = walk.nextNode(); n; n = walk.nextNode()) {
                        const re = /\\S+/g; let m;
                        while ((m = re.exec(n.textContent))) {
                          const r = document.createRange(); r.setStart(n, m.index); r.setEnd(n, m.index + m[0].length);
                          const lines = new Set([...r.getClientRects()].filter(x => x.width > 0).map(x => Math.round(x.top)));
                          if (lines.size > 1) broken.push(m[0]);
                        }
                      }
                    }
                    return broken;""");
            assertTrue(screen.page().contains("LBAD7"), "the lot is in the view");
            assertTrue(broken.isEmpty(), "words broken across lines at 1366 px: " + broken);
            screen.shot("signals-at-1366px");
        }
    }
}
