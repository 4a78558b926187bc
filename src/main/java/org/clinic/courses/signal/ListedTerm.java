package org.clinic.courses.signal;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Whether a recorded side-effect term is one the drug lists: "Injection site reaction" is the listed
 * "Injection-site reaction". Case, accents, hyphens and dashes of any kind, and spacing do not count;
 * every other letter and word does (no partial or plural matches). Letters of any script are kept.
 */
public final class ListedTerm {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** Hyphens, dashes, the minus sign and the slash a nurse types instead: read as a space. */
    private static final Pattern DASHES = Pattern.compile("[\\p{Pd}\u2212\u2043/]");
    private static final Pattern SOFT_HYPHEN = Pattern.compile("\u00AD");
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");

    private ListedTerm() {
    }

    /** The form two terms are compared in: "Injection‑Site  Réaction" is "injection site reaction". */
    public static String key(String term) {
        if (term == null) return "";
        String s = Normalizer.normalize(term, Normalizer.Form.NFKD);
        s = MARKS.matcher(s).replaceAll("");
        s = SOFT_HYPHEN.matcher(s).replaceAll("");
        s = DASHES.matcher(s).replaceAll(" ");
        return SPACES.matcher(s).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }

    /** The keys of a drug's listed side effects (null-safe: a drug without a list lists nothing). */
    public static Set<String> keys(Collection<String> listed) {
        if (listed == null) return Set.of();
        return listed.stream().map(ListedTerm::key).filter(k -> !k.isEmpty()).collect(Collectors.toSet());
    }

    public static boolean isListed(String term, Set<String> listedKeys) {
        String k = key(term);
        return !k.isEmpty() && listedKeys.contains(k);
    }
}
