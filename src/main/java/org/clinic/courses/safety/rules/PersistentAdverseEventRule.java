package org.clinic.courses.safety.rules;

import org.clinic.courses.adverse.AdverseEvent;
import org.clinic.courses.catalog.Terminology;
import org.clinic.courses.safety.CourseSnapshot;
import org.clinic.courses.safety.FlagCode;
import org.clinic.courses.safety.FlagFinding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The same term (after normalisation) on N consecutive calendar days, N = the drug's
 * persistenceDays. One finding per unbroken run, keyed by its first day: days 3 to 6 are one
 * episode; a gap day ends it and a later run is a new episode.
 */
public final class PersistentAdverseEventRule implements FlagRule {

    @Override
    public List<FlagFinding> findings(CourseSnapshot s) {
        int n = s.drug().persistenceDays();
        Map<String, Map<LocalDate, AdverseEvent>> byTerm = new LinkedHashMap<>();
        for (AdverseEvent e : s.events()) {
            byTerm.computeIfAbsent(Terminology.termKey(e.term), k -> new LinkedHashMap<>()).putIfAbsent(e.observedOn, e);
        }
        List<FlagFinding> out = new ArrayList<>();
        byTerm.forEach((term, days) -> {
            List<LocalDate> dates = days.keySet().stream().sorted().toList();
            int runStart = 0;
            for (int i = 1; i <= dates.size(); i++) {
                boolean runEnds = i == dates.size() || !dates.get(i).equals(dates.get(i - 1).plusDays(1));
                if (!runEnds) continue;
                if (i - runStart >= n) out.add(finding(s, term, days, dates.subList(runStart, i), n));
                runStart = i;
            }
        });
        return out;
    }

    private static FlagFinding finding(CourseSnapshot s, String term, Map<LocalDate, AdverseEvent> days,
                                       List<LocalDate> run, int n) {
        LocalDate first = run.get(0);
        LocalDate reached = first.plusDays(n - 1L);
        AdverseEvent firstEvent = days.get(first);
        String message = "%s recorded on %d consecutive days (days %d\u2013%d)".formatted(
                firstEvent.term.strip(), run.size(), s.courseDay(first), s.courseDay(run.get(run.size() - 1)));
        return new FlagFinding(FlagCode.PERSISTENT_ADVERSE_EVENT,
                FlagFinding.key(FlagCode.PERSISTENT_ADVERSE_EVENT, term, first),
                s.courseDay(reached), message, null, days.get(reached).id);
    }
}
