package org.clinic.courses.safety.rules;

import org.clinic.courses.adverse.AdverseEvent;
import org.clinic.courses.adverse.SeriousCriterion;
import org.clinic.courses.safety.CourseSnapshot;
import org.clinic.courses.safety.FlagCode;
import org.clinic.courses.safety.FlagFinding;

import org.clinic.courses.catalog.Terminology;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Set;

/**
 * Grade 3 or more (CTCAE "severe"), marked serious, any ICH seriousness criterion, or a term on the
 * drug's important-medical-events list (a seizure, anaphylaxis) whatever its grade.
 */
public final class SeriousAdverseEventRule implements FlagRule {

    /** CTCAE v5 grade 3 = severe; fixed by the API contract, not a drug property. */
    static final int SERIOUS_GRADE = 3;

    @Override
    public List<FlagFinding> findings(CourseSnapshot s) {
        return s.events().stream()
                .filter(e -> e.grade >= SERIOUS_GRADE || e.serious || !e.seriousCriteria().isEmpty()
                        || importantMedicalEvent(s, e).isPresent())
                .map(e -> new FlagFinding(FlagCode.SERIOUS_ADVERSE_EVENT,
                        FlagFinding.key(FlagCode.SERIOUS_ADVERSE_EVENT, Refs.of(e)),
                        s.courseDay(e.observedOn), message(s, e), null, e.id))
                .toList();
    }

    static Optional<String> importantMedicalEvent(CourseSnapshot s, AdverseEvent e) {
        return Terminology.firstMention(e.term, s.drug().importantMedicalEvents());
    }

    private static String message(CourseSnapshot s, AdverseEvent e) {
        Set<SeriousCriterion> criteria = e.seriousCriteria();
        List<String> reasons = new ArrayList<>(criteria.stream()
                .map(c -> c.name().toLowerCase(Locale.ROOT).replace('_', ' ')).toList());
        if (criteria.isEmpty()) importantMedicalEvent(s, e).ifPresent(t -> reasons.add("important medical event"));
        String why = reasons.isEmpty() ? "" : " (" + String.join(", ", reasons) + ")";
        return "Serious adverse event: %s, grade %d%s, on day %d".formatted(
                e.term.strip(), e.grade, why, s.courseDay(e.observedOn));
    }
}
