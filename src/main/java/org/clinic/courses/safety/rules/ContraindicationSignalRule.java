package org.clinic.courses.safety.rules;

import org.clinic.courses.adverse.AdverseEvent;
import org.clinic.courses.catalog.DrugDefinition.Contraindication;
import org.clinic.courses.catalog.Terminology;
import org.clinic.courses.safety.CourseSnapshot;
import org.clinic.courses.safety.FlagCode;
import org.clinic.courses.safety.FlagFinding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A side effect that is itself a contraindication signal: its term names a contraindication of the
 * drug, one of its synonyms or {@code reactionTerms} (a seizure on a drug contraindicated in
 * epilepsy, an anaphylactic reaction). Raises CONTRAINDICATION, which blocks GIVEN doses until a
 * physician overrides it. The same contraindication and term recorded on several days is one flag,
 * pointing at the first record.
 */
public final class ContraindicationSignalRule implements FlagRule {

    @Override
    public List<FlagFinding> findings(CourseSnapshot s) {
        Map<String, FlagFinding> byKey = new LinkedHashMap<>();
        for (AdverseEvent e : s.events()) {
            for (Contraindication ci : s.drug().contraindications()) {
                Optional<String> matched = Terminology.firstMention(e.term, names(ci), ci.excludedTerms());
                if (matched.isEmpty()) continue;
                String key = FlagFinding.key(FlagCode.CONTRAINDICATION, ci.name(), "reaction", Terminology.termKey(e.term));
                String message = "Contraindication: %s \u2014 side effect \"%s\" on day %d is a sign of it. Doses are "
                        .formatted(ci.name(), e.term.strip(), s.courseDay(e.observedOn))
                        + "blocked until a physician reviews it.";
                byKey.putIfAbsent(key, new FlagFinding(FlagCode.CONTRAINDICATION, key, s.courseDay(e.observedOn),
                        message, null, e.id));
            }
        }
        return List.copyOf(byKey.values());
    }

    static List<String> names(Contraindication ci) {
        List<String> names = new ArrayList<>();
        names.add(ci.name());
        names.addAll(ci.synonyms());
        names.addAll(ci.reactionTerms());
        return names;
    }
}
