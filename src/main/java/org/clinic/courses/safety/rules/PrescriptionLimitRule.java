package org.clinic.courses.safety.rules;

import org.clinic.courses.safety.CourseSnapshot;
import org.clinic.courses.safety.FlagFinding;
import org.clinic.courses.safety.PrescriptionLimits;

import java.util.List;

/**
 * The course as prescribed is outside the drug's limits (daily range, routes). At prescribing such
 * a course is refused unless overridden, so this finds an OVERRIDDEN flag's cause; it raises an
 * open flag only when the catalog changed after the course was prescribed.
 */
public final class PrescriptionLimitRule implements FlagRule {

    @Override
    public List<FlagFinding> findings(CourseSnapshot s) {
        return PrescriptionLimits.check(s.drug(), s.course().route, s.course().dailyVolumeMl).stream()
                .map(PrescriptionLimits.Breach::finding).toList();
    }
}
