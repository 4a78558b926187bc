package org.clinic.courses.report;

import org.clinic.courses.adverse.SeriousCriterion;
import org.clinic.courses.report.AdverseEventReportRow.Item;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Plain-text renderings shared by the CSV and PDF exports. */
final class ReportText {
    private ReportText() {
    }

    static String items(List<Item> items) {
        return items.stream().map(Item::label).collect(Collectors.joining("; "));
    }

    static String criteria(Collection<SeriousCriterion> criteria) {
        return criteria.stream().sorted().map(Enum::name).collect(Collectors.joining("; "));
    }

    static String number(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    /** "IV_INFUSION" to "IV infusion", "NOT_RECOVERED" to "not recovered". */
    static String words(Enum<?> value) {
        if (value == null) return "";
        String[] parts = value.name().split("_");
        StringBuilder out = new StringBuilder();
        for (String part : parts) {
            if (out.length() > 0) out.append(' ');
            out.append(part.length() <= 2 ? part : part.toLowerCase(Locale.ROOT));
        }
        return out.toString();
    }

    /** Free text as a sentence: stripped, with a full stop added when it ends without one; "" for none. */
    static String sentence(String text) {
        if (text == null || text.isBlank()) return "";
        String t = text.strip();
        char last = t.charAt(t.length() - 1);
        return last == '.' || last == '!' || last == '?' ? t : t + ".";
    }

    /** "1 day", "3 days". */
    static String days(int n) {
        return n + (n == 1 ? " day" : " days");
    }

    static String orEmpty(Object value) {
        return value == null ? "" : value.toString();
    }
}
