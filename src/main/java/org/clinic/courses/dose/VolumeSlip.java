package org.clinic.courses.dose;

import org.clinic.courses.catalog.DrugDefinition.RouteLimit;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A volume typed on a form that a nurse should look at twice before it is saved: not the prescribed
 * volume (a 10× slip, 300 for 30), or over the route's single-dose limit. Pure. The API is not asked:
 * it records what happened, and the safety rules flag it.
 */
public record VolumeSlip(BigDecimal entered, BigDecimal ordered, BigDecimal routeMax) {

    public static Optional<VolumeSlip> of(BigDecimal entered, BigDecimal ordered, Optional<RouteLimit> limit) {
        if (entered == null || entered.signum() <= 0) {
            return Optional.empty();
        }
        BigDecimal max = limit.map(RouteLimit::maxVolumeMl).orElse(null);
        boolean differs = ordered != null && entered.compareTo(ordered) != 0;
        boolean overLimit = max != null && entered.compareTo(max) > 0;
        return differs || overLimit ? Optional.of(new VolumeSlip(entered, ordered, overLimit ? max : null))
                : Optional.empty();
    }

    /** The nurse confirmed exactly this volume (the confirmation names the number, so a changed number asks again). */
    public boolean confirmedBy(String confirmed) {
        try {
            return confirmed != null && new BigDecimal(confirmed.strip()).compareTo(entered) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    public boolean overLimit() {
        return routeMax != null;
    }
}
