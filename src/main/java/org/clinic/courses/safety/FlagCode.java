package org.clinic.courses.safety;

/** The flag codes of the API contract, each with its fixed severity. */
public enum FlagCode {
    CONTRAINDICATION("Contraindication", FlagSeverity.CRITICAL),
    INTERACTION("Drug interaction", FlagSeverity.WARNING),
    PERSISTENT_ADVERSE_EVENT("Persistent side effect", FlagSeverity.WARNING),
    WORSENING_ADVERSE_EVENT("Worsening side effect", FlagSeverity.WARNING),
    SERIOUS_ADVERSE_EVENT("Serious adverse event", FlagSeverity.CRITICAL),
    ROUTE_VOLUME_EXCEEDED("Volume above the route limit", FlagSeverity.CRITICAL),
    DAILY_VOLUME_OUT_OF_RANGE("Daily volume out of range", FlagSeverity.WARNING),
    DUPLICATE_DOSE("Duplicate dose", FlagSeverity.WARNING),
    INFUSION_UNDER_DILUTED("Infusion under-diluted", FlagSeverity.WARNING),
    INFUSION_TOO_FAST("Infusion too fast", FlagSeverity.WARNING),
    MISSED_DOSE("Missed dose", FlagSeverity.WARNING),
    LATE_START("Late start", FlagSeverity.WARNING),
    AGE_NOT_RECOMMENDED("Age not recommended", FlagSeverity.WARNING),
    INDICATION_NOT_RECOGNISED("Indication not recognised", FlagSeverity.WARNING),
    STOP_COURSE_REVIEW("Review: stop the course", FlagSeverity.CRITICAL),
    OVERLAPPING_COURSE("Overlapping course of the same drug", FlagSeverity.WARNING);

    public final FlagSeverity severity;
    private final String label;

    FlagCode(String label, FlagSeverity severity) {
        this.label = label;
        this.severity = severity;
    }

    /**
     * Whether an unresolved flag of this code refuses GIVEN doses until a physician overrides it: a
     * contraindication, and a fatal outcome or a withdrawal that asks whether to stop the course.
     */
    public boolean blocksDoses() {
        return this == CONTRAINDICATION || this == STOP_COURSE_REVIEW;
    }

    /** The code in words, for pages. */
    public String label() {
        return label;
    }
}
