package org.clinic.courses.browser;

import org.clinic.courses.support.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.UUID;

/** What the journeys do on a page, in a person's terms: fill a field, pick an option, press a button, read. */
final class Screen {
    private final Browser browser;

    Screen(Browser browser) {
        this.browser = browser;
    }

    /** A short id that makes this run's patients unique in the shared test database. */
    static String runId() {
        return UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    void type(String id, String text) {
        browser.type(id, text);
    }

    /** Date and time inputs take typed text in the browser's locale format; set their value as a picker would. */
    void setDate(String id, String isoValue) {
        WebElement field = browser.find(By.id(id));
        ((JavascriptExecutor) browser.driver()).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change'));", field, isoValue);
    }

    void choose(String id, String value) {
        new Select(browser.find(By.id(id))).selectByValue(value);
    }

    /** Clicks the button with this visible text inside {@code scope} (a CSS selector), and waits for the next page. */
    void press(String scope, String buttonText) {
        WebElement button = browser.find(By.cssSelector(scope)).findElement(
                By.xpath(".//button[normalize-space()='" + buttonText + "']"));
        markPage();
        button.click();
        waitForNewPage();
    }

    void follow(String linkText) {
        markPage();
        browser.find(By.linkText(linkText)).click();
        waitForNewPage();
    }

    String text(String cssSelector) {
        return browser.find(By.cssSelector(cssSelector)).getText();
    }

    String page() {
        return browser.text();
    }

    String url() {
        return browser.driver().getCurrentUrl();
    }

    /** The id at the end of the current address, e.g. /courses/42 gives 42. */
    long idInUrl() {
        String path = url().replaceAll("[?#].*$", "");
        return Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
    }

    /** The table row that mentions all of these texts (a person scans the rows for their patient). */
    WebElement row(String... texts) {
        StringBuilder xpath = new StringBuilder("//tr");
        for (String t : texts) {
            xpath.append("[contains(normalize-space(.), '").append(t).append("')]");
        }
        return browser.find(By.xpath(xpath.toString()));
    }

    /** The flag line (queue or course page) that mentions all of these texts. */
    WebElement flagLine(String... texts) {
        StringBuilder xpath = new StringBuilder("//li[contains(concat(' ', @class, ' '), ' flag-line ')]");
        for (String t : texts) {
            xpath.append("[contains(normalize-space(.), '").append(t).append("')]");
        }
        return browser.find(By.xpath(xpath.toString()));
    }

    /** Opens the expanding review panel of a flag line, as a person clicks "Review…". */
    void openReview(String flagLineId) {
        WebElement details = browser.find(By.cssSelector("#" + flagLineId + " details.flag-review"));
        if (details.getAttribute("open") == null) details.findElement(By.tagName("summary")).click();
    }

    /** Unfolds the course page's settled (resolved or overridden) flags, as a physician taps their summary. */
    void openSettledFlags() {
        WebElement details = browser.find(By.cssSelector("#flags details.settled-flags"));
        if (details.getAttribute("open") == null) details.findElement(By.tagName("summary")).click();
    }

    void waitForText(String cssSelector, String expected) {
        waitUntil(d -> {
            try {
                return d.findElement(By.cssSelector(cssSelector)).getText().contains(expected);
            } catch (org.openqa.selenium.NoSuchElementException e) {
                return false;
            } catch (org.openqa.selenium.WebDriverException e) {
                if (org.clinic.courses.support.Browser.replacedWhileReading(e)) {
                    return false;
                }
                throw e;
            }
        });
    }

    void shot(String name) throws java.io.IOException {
        browser.screenshot(name);
    }

    private void waitUntil(java.util.function.Function<org.openqa.selenium.WebDriver, Boolean> condition) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(condition);
    }

    /** A mark on the current page's window object; the next page loaded has none. */
    private void markPage() {
        js().executeScript("window.__journeyPage = true;");
    }

    private void waitForNewPage() {
        waitUntil(d -> Boolean.TRUE.equals(js().executeScript(
                "return window.__journeyPage === undefined && document.readyState === 'complete';")));
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) browser.driver();
    }
}
