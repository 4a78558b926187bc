package org.clinic.courses.browser;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.clinic.courses.support.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.net.URL;

import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class LoginBrowserTest {
    @TestHTTPResource("/")
    URL root;

    @Test
    void nurseLogsInAndOutInARealBrowser() throws Exception {
        try (Browser browser = Browser.open(root.toString())) {
            browser.go("/patients");
            assertTrue(browser.driver().getCurrentUrl().endsWith("/login"), "a page needs a login first");
            browser.logIn("nurse", "wrong-password");
            assertTrue(browser.text().contains("Wrong username or password"), browser.text());
            browser.logIn("nurse", "nurse-demo");
            browser.screenshot("nurse-logged-in");
            assertTrue(browser.text().contains("nurse (nurse)"), "the header names who is signed in");
            assertTrue(browser.text().contains("Worklist"), "navigation for nurses");
            browser.find(By.cssSelector("form.logout button")).click();
            assertTrue(browser.waitForText("You are logged out.").contains("You are logged out."));
            browser.go("/worklist");
            assertTrue(browser.driver().getCurrentUrl().endsWith("/login"), "the session has ended");
        }
    }
}
