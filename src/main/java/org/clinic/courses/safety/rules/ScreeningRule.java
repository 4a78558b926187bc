package org.clinic.courses.safety.rules;

import org.clinic.courses.safety.CourseSnapshot;
import org.clinic.courses.safety.FlagFinding;
import org.clinic.courses.safety.Screening;
import org.clinic.courses.safety.ScreeningFinding;

import java.util.List;

/**
 * CONTRAINDICATION and INTERACTION: the patient's current record screened against the drug. A
 * finding carries the course day it is found on while the course runs (none before the start).
 */
public final class ScreeningRule implements FlagRule {

    @Override
    public List<FlagFinding> findings(CourseSnapshot s) {
        Integer day = s.course().covers(s.today()) ? s.courseDay(s.today()) : null;
        return Screening.screen(s.drug(), s.patient()).stream().map(f -> f.toFlag(day)).toList();
    }
}
