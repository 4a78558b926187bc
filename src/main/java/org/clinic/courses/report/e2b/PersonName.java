package org.clinic.courses.report.e2b;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A profile's full name split for E2B C.2.r.1 (title, given, middle, family). The rule: leading
 * academic or professional titles (a known title such as "Dr", "Prof", "MUDr", with or without the
 * dot, or any leading word ending in a dot, like "Dipl.-Ing.") are the title; of what is left the
 * last word is the family name, together with lower-case particles just before it ("van", "de",
 * "von der"); the first word is the given name and any words between are middle names. A single
 * word is the family name alone. Pure.
 */
record PersonName(String prefix, String given, String middle, String family) {
    private static final Set<String> TITLES = Set.of("dr", "prof", "doc", "doz", "mag", "ing", "mudr", "mgr",
            "dott", "dra", "drs", "mr", "mrs", "ms", "sir", "dame", "pd", "univ", "priv");

    static PersonName parse(String fullName) {
        if (fullName == null || fullName.isBlank()) return new PersonName(null, null, null, null);
        List<String> words = new ArrayList<>(List.of(fullName.strip().split("\\s+")));
        List<String> titles = new ArrayList<>();
        while (words.size() > 1 && isTitle(words.get(0))) titles.add(words.remove(0));
        int familyStart = words.size() - 1;
        while (familyStart > 1 && isParticle(words.get(familyStart - 1))) familyStart--;
        String family = String.join(" ", words.subList(familyStart, words.size()));
        String given = familyStart > 0 ? words.get(0) : null;
        String middle = familyStart > 1 ? String.join(" ", words.subList(1, familyStart)) : null;
        return new PersonName(titles.isEmpty() ? null : String.join(" ", titles), given, middle, family);
    }

    private static boolean isTitle(String word) {
        String bare = word.replace(".", "").toLowerCase(Locale.ROOT);
        return word.endsWith(".") || TITLES.contains(bare);
    }

    private static boolean isParticle(String word) {
        return !word.isEmpty() && Character.isLowerCase(word.codePointAt(0));
    }
}
