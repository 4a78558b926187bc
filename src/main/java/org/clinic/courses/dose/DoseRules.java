package org.clinic.courses.dose;

import org.clinic.courses.web.InputCheck;
import org.clinic.courses.catalog.DrugDefinition;
import org.clinic.courses.catalog.DrugDefinition.RouteLimit;
import org.clinic.courses.course.Route;
import org.clinic.courses.course.TreatmentCourse;
import org.clinic.courses.web.FieldError;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Which administrations may be stored: every invalid field of a request, all at once. Pure. */
public final class DoseRules {
    /** A tablet's clock may run a little ahead of the server's. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    static final BigDecimal MAX_VOLUME = new BigDecimal("1000");
    static final BigDecimal MAX_DILUENT = new BigDecimal("5000");
    static final int SITE_MAX = 30, LOT_MAX = 40, DILUENT_MAX = 60, NOTES_MAX = 1000;

    private DoseRules() {
    }

    public static List<FieldError> check(TreatmentCourse course, DrugDefinition drug, AdministrationRequest r,
                                         Instant now, ZoneId zone) {
        List<FieldError> errors = new ArrayList<>();
        if (r.administeredAt() == null) {
            errors.add(new FieldError("administeredAt", "Required"));
        } else {
            Instant at = r.administeredAt().toInstant();
            LocalDate day = at.atZone(zone).toLocalDate();
            if (at.isAfter(now.plus(CLOCK_SKEW))) {
                errors.add(new FieldError("administeredAt", "Cannot be in the future"));
            } else if (!course.covers(day)) {
                errors.add(new FieldError("administeredAt", "Must fall within the course (" + course.startDate
                        + " to " + course.endDate() + ")"));
            }
        }
        boolean given = r.status() == AdministrationStatus.GIVEN;
        if (r.status() == null) {
            errors.add(new FieldError("status", "Required: GIVEN, HELD or REFUSED"));
        }
        Optional<RouteLimit> limit = r.route() == null ? Optional.empty() : drug.route(r.route());
        if (r.route() == null) {
            errors.add(new FieldError("route", "Required"));
        } else if (limit.isEmpty()) {
            errors.add(new FieldError("route", drug.name() + " is not given by " + r.route()));
        }
        checkVolume(r, given, errors);
        if (r.status() != null && !given && r.notes() == null) {
            errors.add(new FieldError("notes", "Give the reason the dose was " + r.status().name().toLowerCase()));
        }
        checkInfusion(r, given, limit, errors);
        if (InputCheck.hasControlCharacters(r.site())) {
            errors.add(new FieldError("site", "Contains control characters"));
        } else if (r.site() != null && r.site().length() > SITE_MAX) {
            errors.add(new FieldError("site", "At most " + SITE_MAX + " characters"));
        } else if (given && r.route() == Route.IM_INJECTION && r.site() == null) {
            errors.add(new FieldError("site", "Required for an IM injection"));
        }
        tooLong("lotNumber", r.lotNumber(), LOT_MAX, errors);
        tooLong("notes", r.notes(), NOTES_MAX, errors);
        return errors;
    }

    private static void checkVolume(AdministrationRequest r, boolean given, List<FieldError> errors) {
        BigDecimal v = r.volumeMl();
        if (v == null) {
            errors.add(new FieldError("volumeMl", "Required"));
        } else if (r.status() != null && !given && v.signum() != 0) {
            errors.add(new FieldError("volumeMl", "Must be 0 when the dose was not given"));
        } else if (given && (v.signum() <= 0 || v.compareTo(MAX_VOLUME) > 0)) {
            errors.add(new FieldError("volumeMl", "Must be more than 0 and at most " + MAX_VOLUME + " ml"));
        } else if (v.stripTrailingZeros().scale() > 2) {
            errors.add(new FieldError("volumeMl", "At most 2 decimals"));
        }
    }

    private static void checkInfusion(AdministrationRequest r, boolean given, Optional<RouteLimit> limit,
                                      List<FieldError> errors) {
        boolean infusion = r.route() == Route.IV_INFUSION && given;
        if (!infusion) {
            String why = r.route() == Route.IV_INFUSION ? "Only for an infusion that was given" : "Only for an IV infusion";
            if (r.diluent() != null) errors.add(new FieldError("diluent", why));
            if (r.diluentVolumeMl() != null) errors.add(new FieldError("diluentVolumeMl", why));
            if (r.infusionMinutes() != null) errors.add(new FieldError("infusionMinutes", why));
            return;
        }
        List<String> diluents = limit.map(RouteLimit::diluents).orElse(List.of());
        if (r.diluent() == null) {
            errors.add(new FieldError("diluent", "Required for an infusion"));
        } else if (!diluents.isEmpty() && diluents.stream().noneMatch(d -> d.equalsIgnoreCase(r.diluent()))) {
            errors.add(new FieldError("diluent", "Use one of: " + String.join(", ", diluents)));
        } else {
            tooLong("diluent", r.diluent(), DILUENT_MAX, errors);
        }
        BigDecimal dv = r.diluentVolumeMl();
        if (dv == null) {
            errors.add(new FieldError("diluentVolumeMl", "Required for an infusion"));
        } else if (dv.signum() < 0 || dv.compareTo(MAX_DILUENT) > 0 || dv.stripTrailingZeros().scale() > 2) {
            errors.add(new FieldError("diluentVolumeMl", "From 0 to " + MAX_DILUENT + " ml, at most 2 decimals"));
        }
        BigDecimal minutes = r.infusionMinutes();
        if (minutes == null) {
            errors.add(new FieldError("infusionMinutes", "Required for an infusion"));
        } else if (minutes.stripTrailingZeros().scale() > 0 || minutes.compareTo(BigDecimal.ONE) < 0
                || minutes.compareTo(BigDecimal.valueOf(1440)) > 0) {
            errors.add(new FieldError("infusionMinutes", "A whole number of minutes from 1 to 1440"));
        }
    }

    static void tooLong(String field, String value, int max, List<FieldError> errors) {
        if (value != null && value.length() > max) {
            errors.add(new FieldError(field, "At most " + max + " characters"));
        } else if (InputCheck.hasControlCharacters(value)) {
            errors.add(new FieldError(field, "Contains control characters"));
        }
    }

    /** The stored diluent takes the catalog's spelling. */
    static String canonicalDiluent(String diluent, Optional<RouteLimit> limit) {
        return limit.flatMap(l -> l.diluents().stream().filter(d -> d.equalsIgnoreCase(diluent)).findFirst())
                .orElse(diluent);
    }
}
