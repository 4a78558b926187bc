package org.clinic.courses.safety;

import org.clinic.courses.adverse.AdverseEvent;
import org.clinic.courses.dose.Administration;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Pure: compares the flags a course has with the findings that should be open now.
 * <ul>
 * <li>A finding whose cause key has no open, acknowledged or overridden flag raises a new flag.
 *     An overridden cause is never raised again (the physician's decision stands); a resolved one is
 *     raised again as a new flag when the cause recurs.</li>
 * <li>An open or acknowledged flag whose cause key is no longer found is resolved by the system, with
 *     a reason a clinician can check (the record was voided; a dose was back-filled for a missed day...).
 *     Overridden flags stay as they are.</li>
 * </ul>
 */
public final class FlagReconciliation {
    public static final String SYSTEM = "system";

    public record Plan(List<FlagFinding> toRaise, List<Flag> toResolve) {
    }

    private FlagReconciliation() {
    }

    public static Plan plan(List<Flag> existing, List<FlagFinding> findings) {
        Set<String> owned = existing.stream().filter(f -> f.active() || f.status == FlagStatus.OVERRIDDEN)
                .map(f -> f.causeKey).collect(Collectors.toSet());
        Set<String> found = findings.stream().map(FlagFinding::causeKey).collect(Collectors.toSet());
        return new Plan(findings.stream().filter(f -> !owned.contains(f.causeKey())).toList(),
                existing.stream().filter(f -> f.active() && !found.contains(f.causeKey)).toList());
    }

    /** Why a flag's cause is gone, in words, from what the flag points at and the course's records. */
    public static String resolveReason(Flag flag, List<Administration> administrations, List<AdverseEvent> events) {
        return resolveReason(flag, administrations, events, Map.of());
    }

    /**
     * As above; {@code patientChanges} says in words what changed in the patient's record, by the
     * patient item's reference at the end of a screening cause key ("condition:12", "egfr").
     */
    public static String resolveReason(Flag flag, List<Administration> administrations, List<AdverseEvent> events,
                                       Map<String, String> patientChanges) {
        for (var change : patientChanges.entrySet()) {
            if (flag.causeKey.endsWith(":" + change.getKey())) return "Cause no longer present: " + change.getValue();
        }
        if (flag.causeKey.endsWith(":record")) {
            String named = namedChanges(flag, patientChanges);
            if (!named.isEmpty()) return "Cause no longer present: " + named;
        }
        if (flag.administrationId != null && administrations.stream()
                .anyMatch(a -> a.voided && flag.administrationId.equals(a.id))) {
            return "Cause no longer present: the administration record was voided";
        }
        if (flag.adverseEventId != null && events.stream()
                .anyMatch(e -> e.voided && flag.adverseEventId.equals(e.id))) {
            return "Cause no longer present: the adverse-event record was voided";
        }
        return "Cause no longer present: " + switch (flag.code) {
            case MISSED_DOSE -> "an administration is now recorded for that day";
            case CONTRAINDICATION, INTERACTION ->
                    "the patient's record no longer shows it (item removed or changed, or the catalog changed)";
            case PERSISTENT_ADVERSE_EVENT, WORSENING_ADVERSE_EVENT, SERIOUS_ADVERSE_EVENT ->
                    "the adverse-event records that raised it were voided or corrected";
            case ROUTE_VOLUME_EXCEEDED, DAILY_VOLUME_OUT_OF_RANGE, DUPLICATE_DOSE, INFUSION_UNDER_DILUTED,
                    INFUSION_TOO_FAST -> "the administration records that raised it were voided or corrected";
            case LATE_START, AGE_NOT_RECOMMENDED -> "the course or patient details no longer meet the rule";
            case INDICATION_NOT_RECOGNISED -> "the indication now matches one of the drug's protocols";
            case STOP_COURSE_REVIEW -> "the course was stopped or signed off, or the adverse event was corrected";
            case OVERLAPPING_COURSE -> "the other course of the drug was stopped or no longer overlaps these dates";
        };
    }

    /**
     * A contraindication flag names every record that matched it ("condition \"Epilepsy\""): the
     * removals among them, or the eGFR change when only the eGFR was named.
     */
    private static String namedChanges(Flag flag, Map<String, String> patientChanges) {
        List<String> removed = patientChanges.entrySet().stream().filter(e -> !e.getKey().equals("egfr"))
                .map(Map.Entry::getValue).filter(v -> {
                    int from = v.indexOf('"');
                    int to = v.indexOf('"', from + 1);
                    return from >= 0 && to > from && flag.message.contains(v.substring(from, to + 1));
                }).toList();
        if (!removed.isEmpty()) return String.join("; ", removed);
        return flag.message.contains("eGFR ") && patientChanges.containsKey("egfr") ? patientChanges.get("egfr") : "";
    }
}
