package org.clinic.courses.safety.rules;

import org.clinic.courses.catalog.DrugDefinition.VolumeRange;
import org.clinic.courses.dose.Administration;
import org.clinic.courses.safety.CourseSnapshot;
import org.clinic.courses.safety.FlagCode;
import org.clinic.courses.safety.FlagFinding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What went in per clinic calendar day (GIVEN, non-voided). Above the drug's daily maximum or
 * the prescribed daily volume is flagged at once; below the daily minimum only once the day
 * has ended, so a day in progress is not flagged. A day with no GIVEN dose is the missed-dose
 * rule's business, not this one's. Every course is once daily, so a second GIVEN dose on a day
 * is a duplicate.
 */
public final class DailyDoseRules implements FlagRule {

    @Override
    public List<FlagFinding> findings(CourseSnapshot s) {
        Map<LocalDate, List<Administration>> byDay = new LinkedHashMap<>();
        for (Administration a : s.given()) {
            byDay.computeIfAbsent(s.dayOf(a.administeredAt), d -> new ArrayList<>()).add(a);
        }
        List<FlagFinding> out = new ArrayList<>();
        byDay.forEach((day, doses) -> {
            high(s, day, doses, out);
            low(s, day, doses, out);
            if (doses.size() > 1) out.add(duplicate(s, day, doses.get(1)));
        });
        return out;
    }

    private static void high(CourseSnapshot s, LocalDate day, List<Administration> doses, List<FlagFinding> out) {
        VolumeRange range = s.drug().dailyVolumeMl();
        BigDecimal max = range == null ? null : range.max();
        BigDecimal prescribed = s.course().dailyVolumeMl;
        BigDecimal total = BigDecimal.ZERO;
        for (Administration a : doses) {
            total = total.add(volume(a));
            boolean overMax = max != null && total.compareTo(max) > 0;
            boolean overPrescribed = prescribed != null && total.compareTo(prescribed) > 0;
            if (!overMax && !overPrescribed) continue;
            String limit = overMax ? "the daily maximum of " + Refs.ml(max) : "the prescribed " + Refs.ml(prescribed);
            String message = "%s given on day %d (%s), above %s".formatted(
                    Refs.ml(sum(doses)), s.courseDay(day), day, limit);
            out.add(new FlagFinding(FlagCode.DAILY_VOLUME_OUT_OF_RANGE,
                    FlagFinding.key(FlagCode.DAILY_VOLUME_OUT_OF_RANGE, day, "HIGH"), s.courseDay(day), message, a.id, null));
            return;
        }
    }

    private static void low(CourseSnapshot s, LocalDate day, List<Administration> doses, List<FlagFinding> out) {
        VolumeRange range = s.drug().dailyVolumeMl();
        BigDecimal min = range == null ? null : range.min();
        BigDecimal total = sum(doses);
        if (min == null || !s.hasEnded(day) || total.compareTo(min) >= 0) return;
        String message = "%s given on day %d (%s), below the daily minimum of %s".formatted(
                Refs.ml(total), s.courseDay(day), day, Refs.ml(min));
        out.add(new FlagFinding(FlagCode.DAILY_VOLUME_OUT_OF_RANGE,
                FlagFinding.key(FlagCode.DAILY_VOLUME_OUT_OF_RANGE, day, "LOW"), s.courseDay(day), message,
                doses.get(doses.size() - 1).id, null));
    }

    private static FlagFinding duplicate(CourseSnapshot s, LocalDate day, Administration second) {
        String message = "A second dose was given on day %d (%s); this course is given once daily".formatted(
                s.courseDay(day), day);
        return new FlagFinding(FlagCode.DUPLICATE_DOSE, FlagFinding.key(FlagCode.DUPLICATE_DOSE, day),
                s.courseDay(day), message, second.id, null);
    }

    private static BigDecimal sum(List<Administration> doses) {
        return doses.stream().map(DailyDoseRules::volume).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal volume(Administration a) {
        return a.volumeMl == null ? BigDecimal.ZERO : a.volumeMl;
    }
}
