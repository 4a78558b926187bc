package org.clinic.courses.safety;

import org.clinic.courses.safety.rules.AgeRule;
import org.clinic.courses.safety.rules.ContraindicationSignalRule;
import org.clinic.courses.safety.rules.IndicationRule;
import org.clinic.courses.safety.rules.PrescriptionLimitRule;
import org.clinic.courses.safety.rules.StopCourseReviewRule;
import org.clinic.courses.safety.rules.DailyDoseRules;
import org.clinic.courses.safety.rules.FlagRule;
import org.clinic.courses.safety.rules.LateStartRule;
import org.clinic.courses.safety.rules.MissedDoseRule;
import org.clinic.courses.safety.rules.OverlappingCourseRule;
import org.clinic.courses.safety.rules.PersistentAdverseEventRule;
import org.clinic.courses.safety.rules.RouteLimitRules;
import org.clinic.courses.safety.rules.ScreeningRule;
import org.clinic.courses.safety.rules.SeriousAdverseEventRule;
import org.clinic.courses.safety.rules.WorseningAdverseEventRule;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * All safety rules of the API contract's flag table. {@link #evaluate} returns the findings that
 * should be open now, one per cause key; the service opens the new ones and resolves open flags
 * whose cause key is no longer returned (e.g. after a void). Thresholds come from the catalog.
 */
public final class FlagRules {

    public static final List<FlagRule> ALL = List.of(
            new ScreeningRule(),
            new ContraindicationSignalRule(),
            new AgeRule(),
            new IndicationRule(),
            new PrescriptionLimitRule(),
            new LateStartRule(),
            new OverlappingCourseRule(),
            new RouteLimitRules(),
            new DailyDoseRules(),
            new MissedDoseRule(),
            new PersistentAdverseEventRule(),
            new WorseningAdverseEventRule(),
            new SeriousAdverseEventRule(),
            new StopCourseReviewRule());

    private FlagRules() {
    }

    public static List<FlagFinding> evaluate(CourseSnapshot snapshot) {
        return evaluate(snapshot, ALL);
    }

    public static List<FlagFinding> evaluate(CourseSnapshot snapshot, List<FlagRule> rules) {
        Map<String, FlagFinding> byKey = new LinkedHashMap<>();
        for (FlagRule rule : rules) {
            for (FlagFinding f : rule.findings(snapshot)) byKey.putIfAbsent(f.causeKey(), f);
        }
        return List.copyOf(byKey.values());
    }
}
