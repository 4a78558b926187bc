package org.clinic.courses.safety.rules;

import org.clinic.courses.catalog.DrugDefinition.Protocol;
import org.clinic.courses.catalog.Terminology;
import org.clinic.courses.dose.Administration;
import org.clinic.courses.safety.CourseSnapshot;
import org.clinic.courses.safety.FlagCode;
import org.clinic.courses.safety.FlagFinding;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The course started later after symptom onset than its protocol's latestStartHoursAfterOnset
 * (exactly the limit is on time). The start is the first GIVEN dose if there is one, else
 * midnight of the start date in the clinic's zone: the earliest the course could have begun.
 */
public final class LateStartRule implements FlagRule {

    @Override
    public List<FlagFinding> findings(CourseSnapshot s) {
        if (s.onsetAt() == null) return List.of();
        Optional<Protocol> protocol = Terminology.protocolOf(s.drug(), s.course().protocolName, s.course().indication);
        if (protocol.isEmpty() || protocol.get().latestStartHoursAfterOnset() == null) return List.of();
        int limitHours = protocol.get().latestStartHoursAfterOnset();
        Optional<Administration> first = s.given().stream().findFirst();
        Instant start = first.map(a -> a.administeredAt)
                .orElse(s.course().startDate.atStartOfDay(s.clinicZone()).toInstant());
        Duration delay = Duration.between(s.onsetAt(), start);
        if (delay.compareTo(Duration.ofHours(limitHours)) <= 0) return List.of();
        String message = "Course started %s after symptom onset; the %s protocol allows up to %d h".formatted(
                hours(delay), protocol.get().name(), limitHours);
        return List.of(new FlagFinding(FlagCode.LATE_START, FlagFinding.key(FlagCode.LATE_START),
                s.courseDay(s.dayOf(start)), message, first.map(a -> a.id).orElse(null), null));
    }

    private static String hours(Duration d) {
        long minutes = d.toMinutesPart();
        return minutes == 0 ? d.toHours() + " h" : d.toHours() + " h " + minutes + " min";
    }
}
