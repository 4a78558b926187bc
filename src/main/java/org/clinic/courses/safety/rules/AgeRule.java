package org.clinic.courses.safety.rules;

import org.clinic.courses.safety.CourseSnapshot;
import org.clinic.courses.safety.FlagCode;
import org.clinic.courses.safety.FlagFinding;

import java.time.Period;
import java.util.List;

/** The patient is younger than the drug's minAgeYears on the course's start date. */
public final class AgeRule implements FlagRule {

    @Override
    public List<FlagFinding> findings(CourseSnapshot s) {
        Integer min = s.drug().minAgeYears();
        if (min == null || s.patient().birthDate() == null) return List.of();
        int age = Period.between(s.patient().birthDate(), s.course().startDate).getYears();
        if (age >= min) return List.of();
        String message = "Patient is %d at the start of the course; %s is not recommended under %d".formatted(
                age, s.drug().name(), min);
        return List.of(new FlagFinding(FlagCode.AGE_NOT_RECOMMENDED, FlagFinding.key(FlagCode.AGE_NOT_RECOMMENDED),
                1, message, null, null));
    }
}
