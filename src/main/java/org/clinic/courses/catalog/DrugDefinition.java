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
        List<String> importantMedicalEvents,
        Integer followUpDays,
        List<String> gtins) {

    /** The first-wave shape (no important-medical-event list, no follow-up window, no pack codes). */
    public DrugDefinition(String code, String name, String description, BigDecimal concentrationMgPerMl,
                          Integer minAgeYears, VolumeRange dailyVolumeMl, Integer persistenceDays,
                          List<RouteLimit> routes, List<String> sideEffects, List<Contraindication> contraindications,
                          List<Interaction> interactions, List<Protocol> protocols, String source) {
        this(code, name, description, concentrationMgPerMl, minAgeYears, dailyVolumeMl, persistenceDays, routes,
                sideEffects, contraindications, interactions, protocols, source, null, null, null);
    }

    public DrugDefinition {
        importantMedicalEvents = importantMedicalEvents == null ? List.of() : List.copyOf(importantMedicalEvents);
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

    /** A copy with a different follow-up window (tests and catalog edits). */
    public DrugDefinition withFollowUpDays(Integer days) {
        return new DrugDefinition(code, name, description, concentrationMgPerMl, minAgeYears, dailyVolumeMl,
                persistenceDays, routes, sideEffects, contraindications, interactions, protocols, source,
                importantMedicalEvents, days, gtins);
    }

    /**
     * A condition the drug must not be given in. Matched by name or synonym, by ICD-10 code or
     * its parent category, by an eGFR below {@code egfrBelow}, or by an allergy to one of
     * {@code allergySubstances}; {@code excludedCodes} say the opposite (e.g. family history).
     * A side effect whose term names the contraindication, a synonym or one of {@code reactionTerms}
     * (a seizure, an anaphylactic reaction) is itself a contraindication signal. {@code excludedTerms}
     * are phrases that contain a synonym but mean something else ("non-epileptic seizures").
     */
    public record Contraindication(
            String name,
            List<String> synonyms,
            List<String> icd10,
            List<String> excludedCodes,
            BigDecimal egfrBelow,
            List<String> allergySubstances,
            String source,
            List<String> reactionTerms,
            List<String> excludedTerms) {
        public Contraindication(String name, List<String> synonyms, List<String> icd10, List<String> excludedCodes,
                                BigDecimal egfrBelow, List<String> allergySubstances, String source) {
            this(name, synonyms, icd10, excludedCodes, egfrBelow, allergySubstances, source, null, null);
        }

        public Contraindication {
            excludedTerms = excludedTerms == null ? List.of() : List.copyOf(excludedTerms);
            reactionTerms = reactionTerms == null ? List.of() : List.copyOf(reactionTerms);
            synonyms = synonyms == null ? List.of() : List.copyOf(synonyms);
            icd10 = icd10 == null ? List.of() : List.copyOf(icd10);
            excludedCodes = excludedCodes == null ? List.of() : List.copyOf(excludedCodes);
            allergySubstances = allergySubstances == null ? List.of() : List.copyOf(allergySubstances);
        }
    }

    /**
     * A drug or drug class that interacts, with its members' generic and brand names. {@code substances}
     * groups the names of one substance (generic first, then brands and other names): every name counts
     * as a member, and two medications of the same substance are one finding.
     */
    public record Interaction(String name, List<String> members, String advice, String source,
                              List<List<String>> substances) {
        public Interaction(String name, List<String> members, String advice, String source) {
            this(name, members, advice, source, null);
        }

        public Interaction {
            members = members == null ? List.of() : List.copyOf(members);
            substances = substances == null ? List.of() : substances.stream().map(List::copyOf).toList();
        }

        /** Every name that matches: the members and the names of every substance. */
        public List<String> allNames() {
            List<String> all = new java.util.ArrayList<>(members);
            substances.forEach(all::addAll);
            return all;
        }

        /** The substance (its generic name) a matched name belongs to, else the name itself. */
        public String substanceOf(String matched) {
            return substances.stream().filter(s -> s.stream().anyMatch(n -> Terminology.sameTerm(n, matched)))
                    .map(s -> s.get(0)).findFirst().orElse(matched);
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
