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
 * rule's business, not this one's. A course is given once a day when its daily volume fits in one
 * administration on its route; then a second GIVEN dose on a day is a duplicate. When it does not
 * (10 ml a day by IM injection, at most 5 ml each), the day needs that many injections and only
 * one more than that is a duplicate.
 */
public final class DailyDoseRules implements FlagRule {

    @Override
    public List<FlagFinding> findings(CourseSnapshot s) {
        Map<LocalDate, List<Administration>> byDay = new LinkedHashMap<>();
        for (Administration a : s.given()) {
            byDay.computeIfAbsent(s.dayOf(a.administeredAt), d -> new ArrayList<>()).add(a);
        }
        List<FlagFinding> out = new ArrayList<>();
        int perDay = administrationsPerDay(s);
        byDay.forEach((day, doses) -> {
            high(s, day, doses, out);
            low(s, day, doses, out);
            if (doses.size() > perDay) out.add(duplicate(s, day, doses.get(perDay), perDay));
        });
        return out;
    }

    /** How many administrations the prescribed daily volume takes on the course's route. */
    public static int administrationsPerDay(CourseSnapshot s) {
        BigDecimal daily = s.course().dailyVolumeMl;
        BigDecimal max = s.drug().route(s.course().route).map(r -> r.maxVolumeMl()).orElse(null);
        if (daily == null || max == null || max.signum() <= 0 || daily.compareTo(max) <= 0) {
            return 1;
        }
        return daily.divide(max, 0, java.math.RoundingMode.CEILING).intValueExact();
    }

    /**
     * The drug's daily maximum judges the patient's total of the drug that day across all their
     * courses of it (two parallel courses of 30 ml are 60 ml); the prescribed volume judges this
     * course's own doses. The flag goes on the course whose dose took the total over, at that dose.
     */
    private static void high(CourseSnapshot s, LocalDate day, List<Administration> doses, List<FlagFinding> out) {
        VolumeRange range = s.drug().dailyVolumeMl();
        BigDecimal max = range == null ? null : range.max();
        BigDecimal prescribed = s.course().dailyVolumeMl;
        List<Administration> others = othersOn(s, day);
        List<Administration> all = new ArrayList<>(doses);
        all.addAll(others);
        all.sort(java.util.Comparator.comparing((Administration a) -> a.administeredAt));
        BigDecimal patientTotal = BigDecimal.ZERO;
        BigDecimal courseTotal = BigDecimal.ZERO;
        for (Administration a : all) {
            patientTotal = patientTotal.add(volume(a));
            if (!doses.contains(a)) continue;
            courseTotal = courseTotal.add(volume(a));
            boolean overMax = max != null && patientTotal.compareTo(max) > 0;
            boolean overPrescribed = prescribed != null && courseTotal.compareTo(prescribed) > 0;
            if (!overMax && !overPrescribed) continue;
            String limit = overMax ? "the daily maximum of " + Refs.ml(max) : "the prescribed " + Refs.ml(prescribed);
            String message = others.isEmpty() || !overMax
                    ? "%s given on day %d (%s), above %s".formatted(Refs.ml(sum(doses)), s.courseDay(day), day, limit)
                    : "%s given on day %d (%s) across this patient's courses of %s (%s on this course), above %s"
                    .formatted(Refs.ml(sum(all)), s.courseDay(day), day, s.drug().name(), Refs.ml(sum(doses)), limit);
            out.add(new FlagFinding(FlagCode.DAILY_VOLUME_OUT_OF_RANGE,
                    FlagFinding.key(FlagCode.DAILY_VOLUME_OUT_OF_RANGE, day, "HIGH"), s.courseDay(day), message, a.id, null));
            return;
        }
    }

    /** GIVEN, non-voided doses of the patient's other courses of the drug on that clinic day. */
    private static List<Administration> othersOn(CourseSnapshot s, LocalDate day) {
        List<Administration> out = new ArrayList<>();
        for (var other : s.otherCourses()) {
            for (Administration a : other.given()) if (s.dayOf(a.administeredAt).equals(day)) out.add(a);
        }
        return out;
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

    private static FlagFinding duplicate(CourseSnapshot s, LocalDate day, Administration extra, int perDay) {
        String message = perDay == 1
                ? "A second dose was given on day %d (%s); this course is given once daily".formatted(s.courseDay(day), day)
                : "Dose %d was given on day %d (%s); the prescribed daily volume takes %d administrations".formatted(
                        perDay + 1, s.courseDay(day), day, perDay);
        return new FlagFinding(FlagCode.DUPLICATE_DOSE, FlagFinding.key(FlagCode.DUPLICATE_DOSE, day),
                s.courseDay(day), message, extra.id, null);
    }

    private static BigDecimal sum(List<Administration> doses) {
        return doses.stream().map(DailyDoseRules::volume).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal volume(Administration a) {
        return a.volumeMl == null ? BigDecimal.ZERO : a.volumeMl;
    }
}
