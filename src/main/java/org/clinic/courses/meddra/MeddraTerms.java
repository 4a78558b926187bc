package org.clinic.courses.meddra;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** How a verbatim term and a MedDRA term are compared. Pure. */
public final class MeddraTerms {
    private MeddraTerms() {
    }

    /**
     * Lower case, accents dropped, every run of other characters (hyphens, commas, brackets) one
     * space: "Injection-site  Pruritus" and "injection site pruritus" are the same term.
     */
    public static String normalise(String term) {
        if (term == null) return "";
        String plain = Normalizer.normalize(term, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** The words of a normalised term, longest first (the most telling word narrows a search best). */
    public static List<String> words(String normalised) {
        if (normalised.isEmpty()) return List.of();
        return Arrays.stream(normalised.split(" ")).distinct()
                .sorted((a, b) -> Integer.compare(b.length(), a.length())).toList();
    }
}
