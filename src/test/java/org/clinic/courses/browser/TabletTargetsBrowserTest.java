package org.clinic.courses.browser;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.clinic.courses.support.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 11 on a tablet (820 px) and with a screen reader: every tap target of the worklist and the
 * entry forms is at least 44×44 px and every field's border has 3:1 contrast; each form's error messages are tied to their fields; the worklist
 * rows, the course page and the dose and side-effect forms name the patient in their buttons.
 */
@QuarkusTest
class TabletTargetsBrowserTest {
    @TestHTTPResource("/")
    URL root;

    private static AccessibilityFixture fx;

    static AccessibilityFixture fx() {
        if (fx == null) fx = AccessibilityFixture.create();
        return fx;
    }

    private List<String> entryForms() {
        AccessibilityFixture f = fx();
        return List.of("/courses/" + f.due() + "/administrations/new", "/courses/" + f.intramuscular() + "/administrations/new",
                "/courses/" + f.due() + "/adverse-events/new", "/administrations/" + f.dose() + "/void",
                "/adverse-events/" + f.sideEffect() + "/void", "/patients/new", "/patients/" + f.patient() + "/edit",
                "/beds/" + f.patient(), "/account/password");
    }

    private Browser tablet(String user, String password) throws Exception {
        Browser browser = Browser.open(root.toString());
        browser.driver().manage().window().setSize(new Dimension(820, 1180));
        browser.logIn(user, password);
        return browser;
    }

    @Test
    void everyTapTargetOnTheWorklistAndEntryFormsIsAtLeast44PxAndFieldsShowTheirEdge() throws Exception {
        List<String> small = new ArrayList<>();
        try (Browser browser = tablet("nurse", "nurse-demo")) {
            browser.go("/worklist?ward=" + fx().ward());
            js(browser).executeScript("document.querySelectorAll('#worklist details').forEach(d => d.open = true);");
            new Screen(browser).shot("tablet-worklist-rows-open");
            Layout.smallTargets(browser.driver()).forEach(t -> small.add("/worklist: " + t));
            Layout.faintBorders(browser.driver()).forEach(t -> small.add("/worklist: " + t));
            // The filter chips are a list without its dots (markers left of "All" and between the chips).
            Object markers = js(browser).executeScript("return [...document.querySelectorAll('.filters li')]"
                    + ".filter(li => getComputedStyle(li).listStyleType !== 'none').length;");
            if (((Number) markers).intValue() > 0) small.add("/worklist: " + markers + " filter chips with a list marker");
            // The time field in the clinic's 24-hour form, whole in the row.
            Object time = js(browser).executeScript("const f = document.getElementById(arguments[0]);"
                    + "return f.type + ' ' + f.value + ' ' + (f.scrollWidth <= f.clientWidth);", "at-" + fx().due());
            if (!String.valueOf(time).matches("text \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} true"))
                small.add("/worklist time field: " + time);
            for (String form : entryForms()) {
                browser.go(form);
                Layout.smallTargets(browser.driver()).forEach(t -> small.add(form + ": " + t));
                Layout.faintBorders(browser.driver()).forEach(t -> small.add(form + ": " + t));
            }
        }
        try (Browser browser = tablet("physician", "physician-demo")) {
            for (String form : List.of("/courses/new?patientId=" + fx().patient(), "/courses/" + fx().recorded(), "/flags")) {
                browser.go(form);
                js(browser).executeScript("document.querySelectorAll('main details').forEach(d => d.open = true);");
                Layout.smallTargets(browser.driver()).forEach(t -> small.add(form + ": " + t));
            }
            // A phone (390 px): the course page's links wrap onto lines of their own and keep their height.
            browser.driver().manage().window().setSize(new Dimension(390, 844));
            String course = "/courses/" + fx().recorded();
            browser.go(course);
            Layout.smallTargets(browser.driver()).forEach(t -> small.add(course + " at 390 px: " + t));
        }
        assertEquals(List.of(), small);
    }

    @Test
    void everyFormTiesItsErrorsToTheirFields() throws Exception {
        List<String> problems = new ArrayList<>();
        try (Browser browser = tablet("nurse", "nurse-demo")) {
            for (String form : entryForms()) {
                browser.go(form);
                submitEmptied(browser);
                problems.addAll(tiesOn(browser, form));
            }
            // the worklist row, answered in place by htmx
            browser.go("/worklist?ward=" + fx().ward());
            String row = "#row-" + fx().due();
            js(browser).executeScript("document.querySelector(arguments[0] + ' details').open = true;", row);
            browser.find(By.id("vol-" + fx().due())).clear();
            browser.find(By.cssSelector(row + " form.wl-give .actions button[type=submit]")).click();
            new Screen(browser).waitForText(row, "Not saved");
            problems.addAll(tiesOn(browser, "/worklist row"));
        }
        try (Browser browser = tablet("physician", "physician-demo")) {
            for (String form : List.of("/courses/new?patientId=" + fx().patient(), "/courses/" + fx().due())) {
                browser.go(form);
                submitEmptied(browser);
                problems.addAll(tiesOn(browser, form));
            }
        }
        assertEquals(List.of(), problems);
    }

    private static List<String> tiesOn(Browser browser, String form) {
        List<String> problems = new ArrayList<>();
        long errors = browser.driver().findElements(By.cssSelector(".field-error")).size();
        if (errors == 0) problems.add(form + ": emptied and sent, but no field message shown");
        Layout.untiedErrors(browser.driver()).forEach(p -> problems.add(form + ": " + p));
        problems.addAll(Axe.violations(browser.driver(), form + " with errors"));
        return problems;
    }

    /**
     * Empties every typed field of the page's main form (the one with most fields), picks a value that is not
     * offered in every list (as a stale page or a tampered post would), and sends it past the browser's own checks.
     */
    private static void submitEmptied(Browser browser) {
        js(browser).executeScript("window.__before = true;"
                + "const forms = [...document.querySelectorAll('main form[method=post]')];"
                + "const form = forms.sort((a, b) => b.elements.length - a.elements.length)[0];"
                + "form.noValidate = true;"
                + "for (const el of form.elements) {"
                + "  if (el.type === 'hidden' || el.type === 'checkbox' || el.type === 'radio' || el.tagName === 'BUTTON') continue;"
                + "  if (el.tagName === 'SELECT') { el.add(new Option('not a choice', 'NOT-A-CHOICE')); el.value = 'NOT-A-CHOICE'; }"
                + "  else el.value = '';"
                + "}"
                + "form.requestSubmit();");
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(15)).until(d ->
                Boolean.TRUE.equals(js(browser).executeScript(
                        "return window.__before === undefined && document.readyState === 'complete';")));
    }

    @Test
    void buttonsAndLinksNameThePatient() throws Exception {
        AccessibilityFixture f = fx();
        String family = f.family();
        try (Browser browser = tablet("nurse", "nurse-demo")) {
            browser.go("/worklist?ward=" + f.ward());
            String row = "#row-" + f.due();
            js(browser).executeScript("document.querySelector(arguments[0] + ' details').open = true;", row);
            assertEquals("Give Cerebrolysin 30 ml to Chidi " + family + ", bed 12",
                    browser.find(By.cssSelector(row + " form.wl-give .actions button[type=submit]")).getAccessibleName());
            assertNamed(browser, row + " button, " + row + " a", family);
            assertNamed(browser, "#row-" + f.blocked() + " button", "Blocked");

            browser.go("/courses/" + f.recorded());
            js(browser).executeScript("document.querySelectorAll('main details').forEach(d => d.open = true);");
            assertNamed(browser, "#totals a.button, #days summary, #days button", "Recorded");

            browser.go("/courses/" + f.due() + "/administrations/new");
            assertNamed(browser, "main form button[type=submit]", family);
            browser.go("/courses/" + f.due() + "/adverse-events/new");
            assertNamed(browser, "main form button[type=submit]", family);
        }
    }

    /** Every element matched has an accessible name (what a screen reader says) that includes {@code text}. */
    private static void assertNamed(Browser browser, String selector, String text) {
        List<WebElement> elements = browser.driver().findElements(By.cssSelector(selector));
        assertTrue(!elements.isEmpty(), "nothing matches " + selector);
        List<String> unnamed = new ArrayList<>();
        for (WebElement e : elements) {
            String name = e.getAccessibleName();
            if (e.isDisplayed() && !name.contains(text)) unnamed.add(e.getTagName() + " \"" + name + "\"");
        }
        assertEquals(List.of(), unnamed, selector + " should name " + text);
    }

    private static JavascriptExecutor js(Browser browser) {
        return (JavascriptExecutor) browser.driver();
    }
}
