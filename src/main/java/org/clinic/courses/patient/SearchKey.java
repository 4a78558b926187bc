package org.clinic.courses.patient;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The form of a name or MRN that search compares: accents off ("Müller" and "Muller" alike), lower
 * case, single spaces. Stored beside the patient's own spelling (mrn_key, name_key) so the database
 * can index it; migration V51 applies the same mapping to Latin letters in SQL.
 */
public final class SearchKey {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Letters that carry no separable accent in Unicode, mapped by hand (as in V51's translate). */
    private static final String PLAIN_FROM = "øØłŁđĐıħĦŧŦ";
    private static final String PLAIN_TO = "oOlLdDihHtT";

    private SearchKey() {
    }

    public static String of(String text) {
        if (text == null) {
            return "";
        }
        String bare = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        StringBuilder out = new StringBuilder(bare.length());
        for (int i = 0; i < bare.length(); i++) {
            char c = bare.charAt(i);
            int plain = PLAIN_FROM.indexOf(c);
            out.append(plain >= 0 ? PLAIN_TO.charAt(plain) : c);
        }
        return SPACES.matcher(out.toString().toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** The key of a patient's full name as search matches it ("given family"). */
    public static String ofName(String givenName, String familyName) {
        return of(givenName + " " + familyName);
    }
}
