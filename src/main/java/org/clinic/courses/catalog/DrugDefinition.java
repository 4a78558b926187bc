package org.clinic.courses.catalog;

import org.clinic.courses.course.Route;
import org.clinic.courses.course.ScheduleType;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Everything the clinic knows about one drug, stored as JSON in {@link Drug#definition}.
 * Every clinical threshold the safety rules use comes from here, never from code.
 */
public record DrugDefinition(
        String code,
        String name,
        String description,
        BigDecimal concentrationMgPerMl,
        Integer minAgeYears,
        VolumeRange dailyVolumeMl,
        Integer persistenceDays,
        List<RouteLimit> routes,
        List<String> sideEffects,
        List<Contraindication> contraindications,
        List<Interaction> interactions,
        List<Protocol> protocols,
        String source,
        List<String> gtins) {

    /** Without pack codes (GTINs), as before issue 11. */
    public DrugDefinition(String code, String name, String description, BigDecimal concentrationMgPerMl,
                          Integer minAgeYears, VolumeRange dailyVolumeMl, Integer persistenceDays, List<RouteLimit> routes,
                          List<String> sideEffects, List<Contraindication> contraindications,
                          List<Interaction> interactions, List<Protocol> protocols, String source) {
        this(code, name, description, concentrationMgPerMl, minAgeYears, dailyVolumeMl, persistenceDays, routes,
                sideEffects, contraindications, interactions, protocols, source, List.of());
    }

    public DrugDefinition {
        gtins = gtins == null ? List.of() : List.copyOf(gtins); // the packs' GS1 codes, checked when a pack is scanned
        routes = routes == null ? List.of() : List.copyOf(routes);
        sideEffects = sideEffects == null ? List.of() : List.copyOf(sideEffects);
        contraindications = contraindications == null ? List.of() : List.copyOf(contraindications);
        interactions = interactions == null ? List.of() : List.copyOf(interactions);
        protocols = protocols == null ? List.of() : List.copyOf(protocols);
        if (persistenceDays == null) persistenceDays = 3; // not given: the API contract's default
    }

    public Optional<RouteLimit> route(Route route) {
        return routes.stream().filter(r -> r.route() == route).findFirst();
    }

    /** An inclusive range of millilitres; either end may be null (open). */
    public record VolumeRange(BigDecimal min, BigDecimal max) {
        public boolean contains(BigDecimal v) {
            return (min == null || v.compareTo(min) >= 0) && (max == null || v.compareTo(max) <= 0);
        }
    }

    /** An inclusive range of whole days. */
    public record DayRange(Integer min, Integer max) {
    }

    /**
     * Limits for one route. For an infusion, {@code minTotalVolumeMl} is the least the drug
     * plus diluent may come to, and {@code minInfusionMinutes} the shortest allowed run.
     */
    public record RouteLimit(
            Route route,
            BigDecimal maxVolumeMl,
            BigDecimal minTotalVolumeMl,
            Integer minInfusionMinutes,
            Integer maxInfusionMinutes,
            List<String> diluents,
            List<String> sites,
            String preparation) {
        public RouteLimit {
            diluents = diluents == null ? List.of() : List.copyOf(diluents);
            sites = sites == null ? List.of() : List.copyOf(sites);
        }
    }

    /**
     * A condition the drug must not be given in. Matched by name or synonym, by ICD-10 code or
     * its parent category, by an eGFR below {@code egfrBelow}, or by an allergy to one of
     * {@code allergySubstances}; {@code excludedCodes} say the opposite (e.g. family history).
     */
    public record Contraindication(
            String name,
            List<String> synonyms,
            List<String> icd10,
            List<String> excludedCodes,
            BigDecimal egfrBelow,
            List<String> allergySubstances,
            String source) {
        public Contraindication {
            synonyms = synonyms == null ? List.of() : List.copyOf(synonyms);
            icd10 = icd10 == null ? List.of() : List.copyOf(icd10);
            excludedCodes = excludedCodes == null ? List.of() : List.copyOf(excludedCodes);
            allergySubstances = allergySubstances == null ? List.of() : List.copyOf(allergySubstances);
        }
    }

    /** A drug or drug class that interacts, with its members' generic and brand names. */
    public record Interaction(String name, List<String> members, String advice, String source) {
        public Interaction {
            members = members == null ? List.of() : List.copyOf(members);
        }
    }

    /** A course protocol for one indication. */
    public record Protocol(
            String name,
            List<String> synonyms,
            Route route,
            VolumeRange dailyVolumeMl,
            BigDecimal defaultDailyVolumeMl,
            DayRange lengthDays,
            int defaultLengthDays,
            ScheduleType schedule,
            Integer latestStartHoursAfterOnset,
            String source) {
        public Protocol {
            synonyms = synonyms == null ? List.of() : List.copyOf(synonyms);
        }
    }
}
