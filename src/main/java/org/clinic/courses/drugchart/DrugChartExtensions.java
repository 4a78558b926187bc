package org.clinic.courses.drugchart;

import io.quarkus.qute.TemplateExtension;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** {c.nurses.initials}: user names as initials on the paper chart ("anna.berg" gives AB, "nurse" gives NU). */
@TemplateExtension
public class DrugChartExtensions {
    private DrugChartExtensions() {
    }

    static String initials(String usernames) {
        if (usernames == null || usernames.isBlank()) return "";
        return Arrays.stream(usernames.split(",\\s*")).map(DrugChartExtensions::initialsOf).collect(Collectors.joining(", "));
    }

    static String initialsOf(String username) {
        String[] parts = username.strip().split("[^\\p{L}]+");
        String letters = Arrays.stream(parts).filter(p -> !p.isEmpty()).map(p -> p.substring(0, 1)).collect(Collectors.joining());
        if (letters.length() < 2 && !parts[0].isEmpty()) letters = parts[0].substring(0, Math.min(2, parts[0].length()));
        return letters.toUpperCase(Locale.ROOT);
    }
}
