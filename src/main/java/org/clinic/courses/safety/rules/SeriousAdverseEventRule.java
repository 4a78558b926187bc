package org.clinic.courses.safety.rules;

import org.clinic.courses.adverse.AdverseEvent;
import org.clinic.courses.adverse.SeriousCriterion;
import org.clinic.courses.safety.CourseSnapshot;
import org.clinic.courses.safety.FlagCode;
import org.clinic.courses.safety.FlagFinding;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Grade 3 or more (CTCAE "severe"), marked serious, or any ICH seriousness criterion. */
public final class SeriousAdverseEventRule implements FlagRule {

    /** CTCAE v5 grade 3 = severe; fixed by the API contract, not a drug property. */
    static final int SERIOUS_GRADE = 3;

    @Override
    public List<FlagFinding> findings(CourseSnapshot s) {
        return s.events().stream()
                .filter(e -> e.grade >= SERIOUS_GRADE || e.serious || !e.seriousCriteria().isEmpty())
                .map(e -> new FlagFinding(FlagCode.SERIOUS_ADVERSE_EVENT,
                        FlagFinding.key(FlagCode.SERIOUS_ADVERSE_EVENT, Refs.of(e)),
                        s.courseDay(e.observedOn), message(s, e), null, e.id))
                .toList();
    }

    private static String message(CourseSnapshot s, AdverseEvent e) {
        Set<SeriousCriterion> criteria = e.seriousCriteria();
        String why = criteria.isEmpty() ? "" : " (" + criteria.stream()
                .map(c -> c.name().toLowerCase(Locale.ROOT).replace('_', ' '))
                .collect(Collectors.joining(", ")) + ")";
        return "Serious adverse event: %s, grade %d%s, on day %d".formatted(
                e.term.strip(), e.grade, why, s.courseDay(e.observedOn));
    }
}
