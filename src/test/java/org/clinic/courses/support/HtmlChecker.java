package org.clinic.courses.support;

import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The Nu HTML Checker (the W3C validator's engine) run in-process on a rendered page. */
public final class HtmlChecker {
    private static final Pattern INPUT = Pattern.compile("<(input|select|textarea)\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ID = Pattern.compile("\\bid=\"([^\"]+)\"");
    private static final Pattern TYPE = Pattern.compile("\\btype=\"(hidden|submit|button)\"", Pattern.CASE_INSENSITIVE);

    private HtmlChecker() {
    }

    /** Errors the checker reports for the page (warnings are ignored); empty when valid. */
    public static synchronized List<String> errors(String html) throws Exception {
        List<String> errors = new ArrayList<>();
        ErrorHandler handler = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                errors.add("line " + e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                errors.add("line " + e.getLineNumber() + " (fatal): " + e.getMessage());
            }
        };
        SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
        validator.setUpMainSchema("http://s.validator.nu/html5-rdfalite.rnc", handler);
        validator.setUpValidatorAndParsers(handler, false, false);
        validator.checkHtmlInputSource(new InputSource(new StringReader(html)));
        return errors;
    }

    /** Inputs (not hidden, not buttons) that no <label for=...> names and no enclosing <label> holds. */
    public static List<String> unlabelledInputs(String html) {
        List<String> missing = new ArrayList<>();
        Matcher input = INPUT.matcher(html);
        while (input.find()) {
            if (insideLabel(html, input.start())) {
                continue;
            }
            String attributes = input.group(2);
            if (TYPE.matcher(attributes).find()) {
                continue;
            }
            Matcher id = ID.matcher(attributes);
            if (!id.find() || !html.contains("for=\"" + id.group(1) + "\"")) {
                if (!attributes.contains("aria-label")) {
                    missing.add(input.group());
                }
            }
        }
        return missing;
    }

    /** True when the nearest label before the position is still open there: {@code <label><input …> text</label>}. */
    private static boolean insideLabel(String html, int position) {
        String before = html.substring(0, position).toLowerCase();
        int open = Math.max(before.lastIndexOf("<label>"), before.lastIndexOf("<label "));
        return open >= 0 && before.indexOf("</label>", open) < 0;
    }
}
