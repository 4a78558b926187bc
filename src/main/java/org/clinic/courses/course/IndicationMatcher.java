package org.clinic.courses.course;

import org.clinic.courses.catalog.DrugDefinition.Protocol;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Matches free-text indications to a drug's protocols by name or synonym, ignoring case,
 * punctuation, accents and UK/US spelling ("ischaemic" = "ischemic", "oedema" = "edema").
 */
public final class IndicationMatcher {
    private IndicationMatcher() {
    }

    public static Optional<Protocol> match(String indication, List<Protocol> protocols) {
        String wanted = normalise(indication);
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        for (Protocol p : protocols) {
            if (normalise(p.name()).equals(wanted) || p.synonyms().stream().map(IndicationMatcher::normalise).anyMatch(wanted::equals)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        s = s.replace("'", "").replace("’", "");
        s = s.replaceAll("[^a-z0-9]+", " ").strip();
        // UK spellings to US: haem- and ischaem- (ae -> e), oedema and diarrhoea (oe -> e).
        s = s.replace("aem", "em").replace("oed", "ed").replace("rrhoe", "rrhe").replace("aesth", "esth");
        return s;
    }
}
