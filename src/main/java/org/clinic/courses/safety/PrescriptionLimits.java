package org.clinic.courses.safety;

import org.clinic.courses.catalog.DrugDefinition;
import org.clinic.courses.course.Route;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A prescription outside the drug's own limits: a daily volume outside its daily range, or a route
 * it is not given by. Refused at prescribing unless the physician gives a reason, which is recorded
 * as an overridden flag under the same cause key. Pure.
 */
public final class PrescriptionLimits {
    /** Cause keys: one per kind of limit, so an override stands for the course's whole life. */
    public static final String VOLUME_KEY = FlagFinding.key(FlagCode.DAILY_VOLUME_OUT_OF_RANGE, "prescribed");
    public static final String ROUTE_KEY = FlagFinding.key(FlagCode.ROUTE_VOLUME_EXCEEDED, "prescribed-route");

    /** One limit the prescription is outside of; {@code field} is the input field to name in a 400. */
    public record Breach(String field, FlagFinding finding) {
    }

    private PrescriptionLimits() {
    }

    public static List<Breach> check(DrugDefinition drug, Route route, BigDecimal dailyVolumeMl) {
        List<Breach> out = new ArrayList<>();
        if (drug == null) return out;
        DrugDefinition.VolumeRange range = drug.dailyVolumeMl();
        if (dailyVolumeMl != null && range != null && !range.contains(dailyVolumeMl)) {
            String message = "Prescribed %s ml a day, outside the %s daily range of %s to %s ml".formatted(
                    Screening.plain(dailyVolumeMl), drug.name(), plain(range.min()), plain(range.max()));
            out.add(new Breach("dailyVolumeMl", new FlagFinding(FlagCode.DAILY_VOLUME_OUT_OF_RANGE, VOLUME_KEY, 1,
                    message, null, null)));
        }
        if (route != null && drug.route(route).isEmpty()) {
            String message = "Prescribed by %s, a route %s is not given by (it has no volume limit for it)".formatted(
                    words(route), drug.name());
            out.add(new Breach("route", new FlagFinding(FlagCode.ROUTE_VOLUME_EXCEEDED, ROUTE_KEY, 1, message, null, null)));
        }
        return out;
    }

    private static String words(Route r) {
        return switch (r) {
            case IV_INFUSION -> "IV infusion";
            case IV_INJECTION -> "IV injection";
            case IM_INJECTION -> "IM injection";
        };
    }

    private static String plain(BigDecimal v) {
        return v == null ? "any" : Screening.plain(v);
    }
}
