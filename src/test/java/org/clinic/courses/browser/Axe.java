package org.clinic.courses.browser;

import com.deque.html.axecore.args.AxeRunOnlyOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.WebDriver;

import java.util.ArrayList;
import java.util.List;

/** axe-core (bundled axe.min.js, injected through Selenium) against the WCAG 2.1 A and AA rules. */
final class Axe {
    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private Axe() {
    }

    /** One line per failing element: where, rule, target, help. Empty when axe finds nothing. */
    static List<String> violations(WebDriver driver, String where) {
        // run options replace the builder's tags, so the WCAG tags are named here
        AxeRunOnlyOptions only = new AxeRunOnlyOptions();
        only.setType("tag");
        only.setValues(WCAG_21_AA);
        AxeRunOptions options = new AxeRunOptions();
        options.setRunOnly(only);
        options.setResultTypes(List.of("violations"));
        Results results = new AxeBuilder().withOptions(options).disableIframeTesting().analyze(driver);
        if (results.isErrored()) {
            return List.of(where + ": axe did not run: " + results.getErrorMessage());
        }
        List<String> lines = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            for (CheckedNode node : rule.getNodes()) {
                lines.add(where + ": " + rule.getId() + " at " + node.getTarget() + ": " + rule.getHelp()
                        + " (" + oneLine(node.getFailureSummary()) + ")");
            }
        }
        return lines;
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").trim();
    }
}
