package org.clinic.courses.safety.rules;

import org.clinic.courses.safety.CourseSnapshot;
import org.clinic.courses.safety.FlagFinding;
import org.clinic.courses.safety.Screening;
import org.clinic.courses.safety.ScreeningFinding;

import java.util.List;

/** CONTRAINDICATION and INTERACTION: the patient's current record screened against the drug. */
public final class ScreeningRule implements FlagRule {

    @Override
    public List<FlagFinding> findings(CourseSnapshot s) {
        return Screening.screen(s.drug(), s.patient()).stream().map(ScreeningFinding::toFlag).toList();
    }
}
