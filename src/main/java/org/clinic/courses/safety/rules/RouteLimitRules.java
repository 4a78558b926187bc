package org.clinic.courses.safety.rules;

import org.clinic.courses.catalog.DrugDefinition.RouteLimit;
import org.clinic.courses.dose.Administration;
import org.clinic.courses.safety.CourseSnapshot;
import org.clinic.courses.safety.FlagCode;
import org.clinic.courses.safety.FlagFinding;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Limits on one administration, from the catalog entry for the route it was given by:
 * volume above maxVolumeMl (5 ml is fine for IM, 5.1 ml is not); for an infusion, drug plus
 * diluent below minTotalVolumeMl, or a run shorter than minInfusionMinutes. Limits the catalog
 * leaves empty are not judged; neither is an infusion whose duration was not recorded.
 */
public final class RouteLimitRules implements FlagRule {

    @Override
    public List<FlagFinding> findings(CourseSnapshot s) {
        List<FlagFinding> out = new ArrayList<>();
        for (Administration a : s.given()) {
            Optional<RouteLimit> limit = a.route == null ? Optional.empty() : s.drug().route(a.route);
            if (limit.isEmpty() || a.volumeMl == null) continue;
            int day = s.courseDay(s.dayOf(a.administeredAt));
            volume(a, limit.get(), day).ifPresent(out::add);
            dilution(a, limit.get(), day).ifPresent(out::add);
            rate(a, limit.get(), day).ifPresent(out::add);
        }
        return out;
    }

    private static Optional<FlagFinding> volume(Administration a, RouteLimit limit, int day) {
        BigDecimal max = limit.maxVolumeMl();
        if (max == null || a.volumeMl.compareTo(max) <= 0) return Optional.empty();
        String message = "%s of %s on day %d is above the %s limit per administration for this route".formatted(
                Refs.route(a.route), Refs.ml(a.volumeMl), day, Refs.ml(max));
        return Optional.of(finding(FlagCode.ROUTE_VOLUME_EXCEEDED, a, day, message));
    }

    private static Optional<FlagFinding> dilution(Administration a, RouteLimit limit, int day) {
        BigDecimal min = limit.minTotalVolumeMl();
        if (min == null || a.infusedTotalMl().compareTo(min) >= 0) return Optional.empty();
        String message = "Infusion on day %d totalled %s (%s drug + %s diluent), below the minimum of %s".formatted(
                day, Refs.ml(a.infusedTotalMl()), Refs.ml(a.volumeMl),
                Refs.ml(a.diluentVolumeMl == null ? BigDecimal.ZERO : a.diluentVolumeMl), Refs.ml(min));
        return Optional.of(finding(FlagCode.INFUSION_UNDER_DILUTED, a, day, message));
    }

    private static Optional<FlagFinding> rate(Administration a, RouteLimit limit, int day) {
        Integer min = limit.minInfusionMinutes();
        if (min == null || a.infusionMinutes == null || a.infusionMinutes >= min) return Optional.empty();
        String message = "Infusion on day %d ran for %d min, shorter than the minimum of %d min".formatted(
                day, a.infusionMinutes, min);
        return Optional.of(finding(FlagCode.INFUSION_TOO_FAST, a, day, message));
    }

    private static FlagFinding finding(FlagCode code, Administration a, int day, String message) {
        return new FlagFinding(code, FlagFinding.key(code, Refs.of(a)), day, message, a.id, null);
    }
}
