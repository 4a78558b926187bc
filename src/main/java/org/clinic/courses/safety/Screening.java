package org.clinic.courses.safety;

import org.clinic.courses.catalog.DrugDefinition;
import org.clinic.courses.catalog.DrugDefinition.Contraindication;
import org.clinic.courses.catalog.DrugDefinition.Interaction;
import org.clinic.courses.catalog.Terminology;
import org.clinic.courses.patient.Allergy;
import org.clinic.courses.patient.Condition;
import org.clinic.courses.patient.Medication;
import org.clinic.courses.safety.ScreeningFinding.Kind;
import org.clinic.courses.safety.ScreeningFinding.PatientItem;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks a patient's current conditions, medications, allergies and eGFR against a drug's
 * contraindications and interactions. Pure: the catalog decides what matches, Terminology how.
 */
public final class Screening {

    private Screening() {
    }

    public static List<ScreeningFinding> screen(DrugDefinition drug, PatientRecord patient) {
        List<ScreeningFinding> out = new ArrayList<>();
        for (Contraindication ci : drug.contraindications()) {
            for (Condition c : patient.conditions()) conditionMatch(ci, c).ifPresent(out::add);
            for (Allergy a : patient.allergies()) allergyMatch(ci, a).ifPresent(out::add);
            egfrMatch(ci, patient.egfr()).ifPresent(out::add);
        }
        for (Interaction ia : drug.interactions()) out.addAll(interactions(ia, patient.medications()));
        return out;
    }

    /**
     * One finding per interacting substance: "Sertraline 50 mg" and "Zoloft 50mg" are one flag naming
     * both entries, keyed by the first entry (so a single entry keeps the key it always had).
     */
    static List<ScreeningFinding> interactions(Interaction ia, List<Medication> medications) {
        java.util.Map<String, List<Medication>> bySubstance = new java.util.LinkedHashMap<>();
        for (Medication m : medications) {
            Terminology.firstMention(m.name, ia.allNames()).ifPresent(member ->
                    bySubstance.computeIfAbsent(Terminology.termKey(ia.substanceOf(member)), k -> new ArrayList<>()).add(m));
        }
        List<ScreeningFinding> out = new ArrayList<>();
        bySubstance.values().forEach(meds -> out.add(interaction(ia, meds)));
        return out;
    }

    static Optional<ScreeningFinding> conditionMatch(Contraindication ci, Condition c) {
        boolean hasCode = c.code != null && !c.code.isBlank();
        if (hasCode && Terminology.firstCodeMatch(c.code, ci.excludedCodes()).isPresent()) return Optional.empty();
        PatientItem item = new PatientItem(Kind.CONDITION, c.id, c.name);
        String shown = hasCode ? "\"" + c.name + "\" (" + c.code.strip() + ")" : "\"" + c.name + "\"";
        Optional<String> code = hasCode ? Terminology.firstCodeMatch(c.code, ci.icd10()) : Optional.empty();
        if (code.isPresent()) {
            return Optional.of(contraindication(ci, item, "ICD-10 " + code.get(), "condition " + shown));
        }
        List<String> names = new ArrayList<>(ci.synonyms());
        names.add(0, ci.name());
        return Terminology.firstMention(c.name, names, ci.excludedTerms())
                .map(n -> contraindication(ci, item, n, "condition " + shown));
    }

    static Optional<ScreeningFinding> allergyMatch(Contraindication ci, Allergy a) {
        return Terminology.firstMention(a.substance, ci.allergySubstances())
                .map(s -> contraindication(ci, new PatientItem(Kind.ALLERGY, a.id, a.substance), s,
                        "allergy to \"" + a.substance + "\""));
    }

    static Optional<ScreeningFinding> egfrMatch(Contraindication ci, BigDecimal egfr) {
        if (egfr == null || ci.egfrBelow() == null || egfr.compareTo(ci.egfrBelow()) >= 0) return Optional.empty();
        String below = "eGFR below " + plain(ci.egfrBelow());
        return Optional.of(contraindication(ci, new PatientItem(Kind.EGFR, null, plain(egfr)), below,
                "eGFR " + plain(egfr) + " ml/min/1.73 m\u00b2, below " + plain(ci.egfrBelow())));
    }

    static Optional<ScreeningFinding> medicationMatch(Interaction ia, Medication m) {
        return interactions(ia, List.of(m)).stream().findFirst();
    }

    private static ScreeningFinding interaction(Interaction ia, List<Medication> meds) {
        Medication first = meds.get(0);
        String member = Terminology.firstMention(first.name, ia.allNames()).orElseThrow();
        PatientItem item = new PatientItem(Kind.MEDICATION, first.id, first.name);
        String advice = ia.advice() == null ? "" : " " + ia.advice();
        String takes = meds.stream().map(m -> "\"" + m.name + "\"").collect(java.util.stream.Collectors.joining(" and "));
        String same = meds.size() > 1 ? " (the same substance: " + ia.substanceOf(member) + ")" : "";
        String message = "Interaction: " + ia.name() + " \u2014 the patient takes " + takes + same + "." + advice;
        return new ScreeningFinding(FlagCode.INTERACTION, ia.name(), ia.source(), item, member,
                FlagFinding.key(FlagCode.INTERACTION, ia.name(), item.ref()), message);
    }

    private static ScreeningFinding contraindication(Contraindication ci, PatientItem item, String matchedOn, String what) {
        String message = "Contraindication: " + ci.name() + " \u2014 " + what + ".";
        return new ScreeningFinding(FlagCode.CONTRAINDICATION, ci.name(), ci.source(), item, matchedOn,
                FlagFinding.key(FlagCode.CONTRAINDICATION, ci.name(), item.ref()), message);
    }

    static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }
}
