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
            List<ScreeningFinding> matches = new ArrayList<>();
            for (Condition c : patient.conditions()) conditionMatch(ci, c).ifPresent(matches::add);
            for (Allergy a : patient.allergies()) {
                if (mostSpecific(drug, ci, a)) allergyMatch(ci, a).ifPresent(matches::add);
            }
            egfrMatch(ci, patient.egfr()).ifPresent(matches::add);
            if (!matches.isEmpty()) out.add(oneForTheContraindication(ci, matches));
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

    /**
     * One flag per contraindication, naming every record that matches it ("Epilepsy" entered twice,
     * a renal condition and a low eGFR): its key does not depend on the records, so it stays open
     * while any of them still matches and resolves only when none does.
     */
    static ScreeningFinding oneForTheContraindication(Contraindication ci, List<ScreeningFinding> matches) {
        ScreeningFinding first = matches.get(0);
        String prefix = "Contraindication: " + ci.name() + " \u2014 ";
        String what = matches.stream().map(m -> m.message().substring(prefix.length(), m.message().length() - 1))
                .collect(java.util.stream.Collectors.joining(" and "));
        return new ScreeningFinding(FlagCode.CONTRAINDICATION, ci.name(), ci.source(), first.patientItem(),
                first.matchedOn(), key(ci), prefix + what + ".");
    }

    /** The cause key of a contraindication found in the patient's record (not a side effect). */
    public static String key(Contraindication ci) {
        return FlagFinding.key(FlagCode.CONTRAINDICATION, ci.name(), "record");
    }

    /**
     * The current key for a key stored before one flag per contraindication
     * ("CONTRAINDICATION:Epilepsy/seizure disorders:condition:12", "...:allergy:3", "...:egfr"), else empty.
     */
    public static Optional<String> currentKey(DrugDefinition drug, String stored) {
        for (Contraindication ci : drug.contraindications()) {
            String head = FlagFinding.key(FlagCode.CONTRAINDICATION, ci.name()) + ":";
            if (!stored.startsWith(head)) continue;
            String rest = stored.substring(head.length());
            if (rest.equals("egfr") || rest.startsWith("condition:") || rest.startsWith("allergy:")) {
                return Optional.of(key(ci));
            }
        }
        return Optional.empty();
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

    /**
     * The same words of an allergy match one contraindication only, the one that names them most
     * specifically: "porcine brain peptides" is hypersensitivity to Cerebrolysin (listed as such), not
     * also the porcine-protein rule that matched its word "porcine". Two different allergens in one
     * entry ("pork and Cerebrolysin") still match both.
     */
    static boolean mostSpecific(DrugDefinition drug, Contraindication ci, Allergy a) {
        Optional<String> mine = Terminology.firstMention(a.substance, longestFirst(ci.allergySubstances()));
        if (mine.isEmpty()) return false;
        String words = " " + Terminology.termKey(mine.get()) + " ";
        for (Contraindication other : drug.contraindications()) {
            if (other == ci) continue;
            Optional<String> theirs = Terminology.firstMention(a.substance, longestFirst(other.allergySubstances()));
            if (theirs.isEmpty()) continue;
            String longer = " " + Terminology.termKey(theirs.get()) + " ";
            if (longer.length() > words.length() && longer.contains(words)) return false;
        }
        return true;
    }

    private static List<String> longestFirst(List<String> phrases) {
        return phrases.stream().sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();
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
