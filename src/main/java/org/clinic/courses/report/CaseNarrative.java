package org.clinic.courses.report;

import org.clinic.courses.report.AdverseEventReportRow.Challenge;

import java.util.List;
import java.util.stream.Collectors;

import static org.clinic.courses.report.ReportText.*;

/**
 * The case in sentences (E2B H.1, CIOMS box 7+13 continuation, FHIR narratives): patient, suspect
 * drug and therapy dates, each reaction with its course, then history. Built from the same row
 * values as every other field, so the story never disagrees with the boxes. Pure.
 */
public final class CaseNarrative {
    private CaseNarrative() {
    }

    public static String of(List<AdverseEventReportRow> rows) {
        AdverseEventReportRow first = rows.get(0);
        var p = first.patient();
        var d = first.drug();
        StringBuilder out = new StringBuilder();
        out.append("Patient ").append(orEmpty(p.initials()))
                .append(p.ageAtOnset() == null ? "" : ", " + p.ageAtOnset() + " years")
                .append(p.sex() == null ? "" : ", " + words(p.sex()).toLowerCase())
                .append(p.weightKg() == null ? "" : ", " + number(p.weightKg()) + " kg")
                .append(p.egfr() == null ? "" : ", eGFR " + number(p.egfr()) + " mL/min/1.73 m2").append(". ");
        out.append("Suspect drug ").append(d.name()).append(' ').append(number(d.dailyDoseMl())).append(" ml a day ")
                .append(words(d.route())).append(" for ").append(orEmpty(d.indication()))
                .append(!d.given() ? ", not given (no dose before the report)" : ", first dose " + d.therapyStart()
                        + (d.therapyStop() == null ? ", therapy continuing" : ", last dose " + d.therapyStop()
                        + " (" + days(d.therapyDays()) + ")"))
                .append(d.stopReason() == null || d.stopReason().isBlank() ? "." : "; stopped: " + sentence(d.stopReason())).append(' ');
        for (AdverseEventReportRow row : rows) {
            var r = row.reaction();
            out.append("On ").append(r.onsetDate()).append(" (course day ").append(r.courseDay()).append(") ")
                    .append(r.term()).append(", CTCAE grade ").append(r.grade())
                    .append(r.serious() ? ", serious (" + criteria(r.seriousCriteria()).toLowerCase().replace('_', ' ') + ")" : "")
                    .append("; action taken: ").append(words(r.action()).toLowerCase())
                    .append("; outcome: ").append(words(r.outcome()).toLowerCase())
                    .append("; dechallenge: ").append(challenge(row.drug().dechallenge()))
                    .append("; rechallenge: ").append(challenge(row.drug().rechallenge()))
                    .append("; causality (WHO-UMC): ").append(words(r.causality()).toLowerCase()).append('.')
                    .append(sentence(r.description()).isEmpty() ? "" : " Notes: " + sentence(r.description()))
                    .append(' ');
        }
        String history = items(first.history().conditions());
        String meds = items(first.history().medications());
        String allergies = items(first.history().allergies());
        if (!history.isEmpty()) out.append("History: ").append(sentence(history)).append(' ');
        if (!meds.isEmpty()) out.append("Concomitant: ").append(sentence(meds)).append(' ');
        if (!allergies.isEmpty()) out.append("Allergies: ").append(sentence(allergies)).append(' ');
        return out.toString().strip();
    }

    /** "Epilepsy (G40.9); Old fracture" */
    public static String items(List<AdverseEventReportRow.Item> items) {
        return ReportText.items(items);
    }

    static String challenge(Challenge c) {
        return switch (c) {
            case YES -> "yes";
            case NO -> "no";
            case UNKNOWN -> "unknown";
            case NOT_APPLICABLE -> "not applicable";
        };
    }

    /** The strongest action over the case's reactions: withdrawn, interrupted, reduced, none. */
    public static org.clinic.courses.adverse.ActionTaken strongestAction(List<AdverseEventReportRow> rows) {
        return rows.stream().map(r -> r.reaction().action()).filter(a -> a != null)
                .max(java.util.Comparator.comparingInt(CaseNarrative::weight)).orElse(null);
    }

    private static int weight(org.clinic.courses.adverse.ActionTaken a) {
        return switch (a) {
            case NONE -> 0;
            case DOSE_REDUCED -> 1;
            case INTERRUPTED -> 2;
            case WITHDRAWN -> 3;
        };
    }

    static String joined(List<String> parts) {
        return parts.stream().filter(s -> s != null && !s.isBlank()).collect(Collectors.joining("; "));
    }
}
