package org.clinic.courses.signal;

import org.clinic.courses.web.InputCheck;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The safety view's choices as typed (shown back on the page) and as checked values. */
public record SignalForm(String from, String to, String drug, String factor, String minimum) {
    static final int MAX_DAYS = 731;

    /** The checked period and thresholds; blank fields take the last 12 weeks and the clinic's defaults. */
    public record Checked(LocalDate from, LocalDate to, String drug, BigDecimal factor, int minimum) {
    }

    Checked check(LocalDate today, BigDecimal defaultFactor, int defaultMinimum) {
        InputCheck check = new InputCheck();
        LocalDate t = check.date("to", to, false);
        LocalDate f = check.date("from", from, false);
        String d = check.text("drug", drug, 40, false);
        BigDecimal k = check.decimal("factor", factor, BigDecimal.ONE, false, new BigDecimal("100"), 2, false);
        Integer m = check.integer("minimum", minimum, 1, 10_000, false);
        LocalDate end = t == null ? today : t;
        LocalDate start = f == null ? end.minusWeeks(12).plusDays(1) : f;
        if (start.isAfter(end)) check.add("to", "Must not be before the start of the period");
        else if (end.toEpochDay() - start.toEpochDay() >= MAX_DAYS) check.add("from", "A period of at most two years");
        check.throwIfAny();
        return new Checked(start, end, d, k == null ? defaultFactor : k, m == null ? defaultMinimum : m);
    }

    /** The form as the page shows it after a report: the period and thresholds in force, blanks filled in. */
    SignalForm inForce(Checked c) {
        return new SignalForm(c.from().toString(), c.to().toString(), drug, c.factor().toPlainString(),
                String.valueOf(c.minimum()));
    }

    /** The form re-rendered with errors: what was typed, the clinic's thresholds where a box was left blank. */
    SignalForm withDefaults(BigDecimal defaultFactor, int defaultMinimum) {
        return new SignalForm(from, to, drug, blank(factor) ? defaultFactor.toPlainString() : factor,
                blank(minimum) ? String.valueOf(defaultMinimum) : minimum);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** This form's choices as a query string, for the CSV link. */
    String queryString(Checked c) {
        return "from=" + c.from() + "&to=" + c.to() + "&factor=" + c.factor().toPlainString() + "&minimum=" + c.minimum()
                + (c.drug() == null ? "" : "&drug=" + java.net.URLEncoder.encode(c.drug(), java.nio.charset.StandardCharsets.UTF_8));
    }
}
