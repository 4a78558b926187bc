package org.clinic.courses.safety.rules;

import org.clinic.courses.safety.CourseSnapshot;
import org.clinic.courses.safety.FlagFinding;

import java.util.List;

/** One safety rule: the findings that should be open for a course now. Pure, no side effects. */
public interface FlagRule {
    List<FlagFinding> findings(CourseSnapshot s);
}
