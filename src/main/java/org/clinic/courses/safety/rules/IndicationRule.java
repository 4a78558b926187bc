package org.clinic.courses.safety.rules;

import org.clinic.courses.catalog.Terminology;
import org.clinic.courses.safety.CourseSnapshot;
import org.clinic.courses.safety.FlagCode;
import org.clinic.courses.safety.FlagFinding;

import java.util.List;

/**
 * The course's indication matches none of the drug's protocols, so protocol limits (such as the
 * latest start after onset) are not applied. Not raised for a drug that has no protocols at all.
 */
public final class IndicationRule implements FlagRule {

    @Override
    public List<FlagFinding> findings(CourseSnapshot s) {
        if (s.drug().protocols().isEmpty()
                || Terminology.protocolOf(s.drug(), s.course().protocolName, s.course().indication).isPresent()) {
            return List.of();
        }
        String message = "Indication \"%s\" matches none of the %s protocols; protocol limits are not applied".formatted(
                s.course().indication == null ? "" : s.course().indication.strip(), s.drug().name());
        return List.of(new FlagFinding(FlagCode.INDICATION_NOT_RECOGNISED, FlagFinding.key(FlagCode.INDICATION_NOT_RECOGNISED),
                1, message, null, null));
    }
}
