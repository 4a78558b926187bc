package org.clinic.courses.catalog;

import org.clinic.courses.web.InputCheck;
import org.clinic.courses.course.Route;
import org.clinic.courses.web.FieldError;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Sanity checks on an edited drug definition, before it replaces the one the safety rules use. */
public final class DefinitionCheck {
    private final List<FieldError> errors = new ArrayList<>();

    private DefinitionCheck() {
    }

    public static List<FieldError> check(String code, DrugDefinition d) {
        DefinitionCheck c = new DefinitionCheck();
        c.run(code, d);
        return c.errors;
    }

    private void run(String code, DrugDefinition d) {
        if (d.code() != null && !d.code().equals(code)) add("code", "Must stay " + code + " (the drug's code cannot change)");
        if (d.name() == null || d.name().isBlank()) add("name", "Required");
        else if (d.name().length() > 120) add("name", "At most 120 characters");
        else if (InputCheck.hasControlCharacters(d.name())) add("name", "Contains control characters");
        if (InputCheck.hasControlCharacters(d.description())) add("description", "Contains control characters");
        if (d.description() != null && d.description().length() > 2000) add("description", "At most 2000 characters");
        if (d.concentrationMgPerMl() != null) positive("concentrationMgPerMl", d.concentrationMgPerMl());
        if (d.minAgeYears() != null && (d.minAgeYears() < 0 || d.minAgeYears() > 120)) add("minAgeYears", "From 0 to 120");
        if (d.persistenceDays() < 1 || d.persistenceDays() > 30) add("persistenceDays", "From 1 to 30");
        if (d.followUpDays() != null && (d.followUpDays() < 0 || d.followUpDays() > 365)) add("followUpDays", "From 0 to 365");
        range("dailyVolumeMl", d.dailyVolumeMl());
        if (d.routes().isEmpty()) add("routes", "At least one route");
        Set<Route> routes = new HashSet<>();
        for (int i = 0; i < d.routes().size(); i++) {
            DrugDefinition.RouteLimit r = d.routes().get(i);
            String f = "routes[" + i + "]";
            if (r == null || r.route() == null) {
                add(f + ".route", "One of IV_INFUSION, IV_INJECTION, IM_INJECTION");
                continue;
            }
            if (!routes.add(r.route())) add(f + ".route", r.route() + " is listed twice");
            if (r.maxVolumeMl() == null) add(f + ".maxVolumeMl", "Required");
            else positive(f + ".maxVolumeMl", r.maxVolumeMl());
            if (r.minTotalVolumeMl() != null) positive(f + ".minTotalVolumeMl", r.minTotalVolumeMl());
            if (r.minInfusionMinutes() != null && r.minInfusionMinutes() <= 0) add(f + ".minInfusionMinutes", "More than 0");
            if (r.minInfusionMinutes() != null && r.maxInfusionMinutes() != null
                    && r.minInfusionMinutes() > r.maxInfusionMinutes()) {
                add(f + ".maxInfusionMinutes", "Not less than minInfusionMinutes");
            }
        }
        for (int i = 0; i < d.contraindications().size(); i++) {
            var ci = d.contraindications().get(i);
            if (ci == null || ci.name() == null || ci.name().isBlank()) add("contraindications[" + i + "].name", "Required");
            else if (ci.egfrBelow() != null) positive("contraindications[" + i + "].egfrBelow", ci.egfrBelow());
        }
        for (int i = 0; i < d.interactions().size(); i++) {
            var in = d.interactions().get(i);
            if (in == null || in.name() == null || in.name().isBlank()) add("interactions[" + i + "].name", "Required");
            else if (in.members().isEmpty()) add("interactions[" + i + "].members", "At least one drug or class name");
        }
        for (int i = 0; i < d.protocols().size(); i++) {
            protocol("protocols[" + i + "]", d.protocols().get(i), routes);
        }
    }

    private void protocol(String f, DrugDefinition.Protocol p, Set<Route> routes) {
        if (p == null || p.name() == null || p.name().isBlank()) {
            add(f + ".name", "Required");
            return;
        }
        if (p.route() == null) add(f + ".route", "Required");
        else if (!routes.contains(p.route())) add(f + ".route", p.route() + " is not one of the drug's routes");
        range(f + ".dailyVolumeMl", p.dailyVolumeMl());
        if (p.defaultDailyVolumeMl() != null) {
            positive(f + ".defaultDailyVolumeMl", p.defaultDailyVolumeMl());
            if (p.dailyVolumeMl() != null && !p.dailyVolumeMl().contains(p.defaultDailyVolumeMl())) {
                add(f + ".defaultDailyVolumeMl", "Within the protocol's daily range");
            }
        }
        DrugDefinition.DayRange len = p.lengthDays();
        if (len != null && (len.min() == null || len.max() == null || len.min() < 1 || len.max() > 365 || len.min() > len.max())) {
            add(f + ".lengthDays", "min and max from 1 to 365, min not above max");
        }
        if (p.defaultLengthDays() < 1 || p.defaultLengthDays() > 365) add(f + ".defaultLengthDays", "From 1 to 365");
        if (p.schedule() == null) add(f + ".schedule", "DAILY or WEEKDAYS");
        if (p.latestStartHoursAfterOnset() != null && p.latestStartHoursAfterOnset() <= 0) {
            add(f + ".latestStartHoursAfterOnset", "More than 0");
        }
    }

    private void range(String f, DrugDefinition.VolumeRange r) {
        if (r == null) return;
        if (r.min() != null) positive(f + ".min", r.min());
        if (r.max() != null) positive(f + ".max", r.max());
        if (r.min() != null && r.max() != null && r.min().compareTo(r.max()) > 0) add(f + ".max", "Not less than min");
    }

    /** No volume, concentration or eGFR in a drug's definition comes near this. */
    private static final BigDecimal LARGEST = new BigDecimal("100000");

    private void positive(String f, BigDecimal v) {
        if (v.signum() <= 0) add(f, "More than 0");
        else if (v.compareTo(LARGEST) > 0) add(f, "At most " + LARGEST);
    }

    private void add(String field, String message) {
        errors.add(new FieldError(field, message));
    }
}
