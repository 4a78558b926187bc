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

    static String orEmpty(Object value) {
        return value == null ? "" : value.toString();
    }
}
