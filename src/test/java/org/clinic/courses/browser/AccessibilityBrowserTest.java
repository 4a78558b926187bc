package org.clinic.courses.browser;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.clinic.courses.support.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 11, tablet and assistive technology: for each role, every page it reaches (crawled from its
 * landing page and navigation, plus the forms reached by buttons) has no axe-core WCAG 2.1 A/AA
 * violation at 390, 820 and 1366 px, and no sideways scroll at 390 px. The worklist and the entry forms
 * have 44×44 px tap targets at 820 px, and their error messages are tied to their fields. One
 * browser per role; the window is resized, not reopened.
 */
@QuarkusTest
class AccessibilityBrowserTest {
    static final int[] WIDTHS = {390, 820, 1366};
    static final int CAP = 40;

    @TestHTTPResource("/")
    URL root;

    private static AccessibilityFixture fx;

    /** Created on first use: REST Assured knows the test port only once a test runs. */
    static AccessibilityFixture fx() {
        if (fx == null) fx = AccessibilityFixture.create();
        return fx;
    }

    @Test
    void nursePages() throws Exception {
        check("nurse", "nurse-demo", fx().clinicalForms());
    }

    @Test
    void physicianPages() throws Exception {
        // the clinical forms are the nurse's templates; the physician's own parts are on the course pages
        check("physician", "physician-demo", fx().physicianForms());
    }

    @Test
    void adminPages() throws Exception {
        check("admin", "admin-demo", fx().adminForms());
    }

    private void check(String user, String password, List<String> formPages) throws Exception {
        try (Browser browser = Browser.open(root.toString())) {
            browser.driver().manage().window().setSize(new Dimension(1366, 1000));
            browser.logIn(user, password);
            List<String> problems = new ArrayList<>();
            Set<String> pages = new LinkedHashSet<>(Crawl.pages(browser, CAP, problems).values());
            int crawled = pages.size();
            pages.addAll(formPages);
            System.out.println("[axe] " + user + ": " + crawled + " pages crawled, " + pages.size() + " in all: " + pages);
            assertTrue(crawled >= 3, user + " reached too few pages by links: " + pages);
            for (String address : pages) {
                browser.go(address);
                int status = Crawl.status(browser);
                if (status != 200) problems.add(user + " " + address + " answers " + status);
                problems.addAll(atEveryWidth(browser, user + " " + address));
            }
            problems.forEach(p -> System.out.println("[axe] " + p));
            assertEquals(List.of(), problems, problems.size() + " problems for " + user);
        }
    }

    /** axe at each width (the window resized, the page not reloaded), every details unfolded; sideways scroll at the narrowest. */
    static List<String> atEveryWidth(Browser browser, String where) {
        List<String> problems = new ArrayList<>();
        // what a tap unfolds (worklist rows, review panels, void forms) is checked too
        ((JavascriptExecutor) browser.driver()).executeScript("document.querySelectorAll('details').forEach(d => d.open = true);");
        for (int width : WIDTHS) {
            resize(browser, width);
            problems.addAll(Axe.violations(browser.driver(), where + " @" + width));
            if (width == 390) {
                String overflow = Layout.overflow(browser.driver());
                if (overflow != null) problems.add(where + " @390: sideways scroll: " + overflow);
            }
        }
        return problems;
    }

    static void resize(Browser browser, int width) {
        browser.driver().manage().window().setSize(new Dimension(width, 1000));
        Object inner = ((JavascriptExecutor) browser.driver()).executeScript("return window.innerWidth;");
        assertEquals(width, ((Number) inner).intValue(), "the page is laid out at " + width + " px");
    }
}
