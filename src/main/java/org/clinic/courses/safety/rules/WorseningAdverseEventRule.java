package org.clinic.courses.safety.rules;

import org.clinic.courses.adverse.AdverseEvent;
import org.clinic.courses.catalog.Terminology;
import org.clinic.courses.safety.CourseSnapshot;
import org.clinic.courses.safety.FlagCode;
import org.clinic.courses.safety.FlagFinding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A record graded higher than the previous non-voided record of the same term in the course.
 * Each rise is its own finding (grades 1, 2, 1, 2 raise two), keyed by the record that rose.
 */
public final class WorseningAdverseEventRule implements FlagRule {

    @Override
    public List<FlagFinding> findings(CourseSnapshot s) {
        Map<String, AdverseEvent> previous = new HashMap<>();
        List<FlagFinding> out = new ArrayList<>();
        for (AdverseEvent e : s.events()) {
            AdverseEvent before = previous.put(Terminology.termKey(e.term), e);
            if (before == null || e.grade <= before.grade) continue;
            String message = "%s worsened from grade %d (day %d) to grade %d (day %d)".formatted(
                    e.term.strip(), before.grade, s.courseDay(before.observedOn), e.grade, s.courseDay(e.observedOn));
            out.add(new FlagFinding(FlagCode.WORSENING_ADVERSE_EVENT,
                    FlagFinding.key(FlagCode.WORSENING_ADVERSE_EVENT, Refs.of(e)),
                    s.courseDay(e.observedOn), message, null, e.id));
        }
        return out;
    }
}
