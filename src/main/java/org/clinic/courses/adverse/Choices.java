package org.clinic.courses.adverse;

import java.util.List;

/** The pick-lists of the side-effect form, each option with the short explanation a nurse needs. */
public final class Choices {
    public record Option(String value, String label, String explanation) {
    }

    public static final List<Option> GRADES = List.of(
            new Option("1", "1 Mild", "Observation only; no intervention"),
            new Option("2", "2 Moderate", "Minimal, local or non-invasive intervention; limits instrumental daily activities"),
            new Option("3", "3 Severe", "Medically significant, not immediately life-threatening: hospitalisation; limits self-care"),
            new Option("4", "4 Life-threatening", "Urgent intervention needed"),
            new Option("5", "5 Death", "Death related to the event"));

    public static final List<Option> CAUSALITY = List.of(
            new Option("CERTAIN", "Certain", "Plausible timing, no other cause, abates on stopping, recurs on restart"),
            new Option("PROBABLE", "Probable / likely", "Plausible timing, unlikely other cause, abates on stopping"),
            new Option("POSSIBLE", "Possible", "Plausible timing, but other causes could explain it"),
            new Option("UNLIKELY", "Unlikely", "Timing makes a link improbable; other causes more plausible"),
            new Option("CONDITIONAL", "Conditional / unclassified", "More data is needed and is being examined"),
            new Option("UNASSESSABLE", "Unassessable", "Information is insufficient or contradictory"));

    public static final List<Option> ACTIONS = List.of(
            new Option("NONE", "None", "Drug continued unchanged"),
            new Option("DOSE_REDUCED", "Dose reduced", ""),
            new Option("INTERRUPTED", "Interrupted", "Paused, may restart"),
            new Option("WITHDRAWN", "Withdrawn", "Stopped for good"));

    public static final List<Option> OUTCOMES = List.of(
            new Option("RECOVERED", "Recovered", ""), new Option("RECOVERING", "Recovering", ""),
            new Option("NOT_RECOVERED", "Not recovered", ""), new Option("FATAL", "Fatal", "Only with grade 5"),
            new Option("UNKNOWN", "Unknown", ""));

    private Choices() {
    }
}
