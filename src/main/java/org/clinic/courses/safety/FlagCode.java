package org.clinic.courses.safety;

/** The flag codes of the API contract, each with its fixed severity. */
public enum FlagCode {
    CONTRAINDICATION(FlagSeverity.CRITICAL),
    INTERACTION(FlagSeverity.WARNING),
    PERSISTENT_ADVERSE_EVENT(FlagSeverity.WARNING),
    WORSENING_ADVERSE_EVENT(FlagSeverity.WARNING),
    SERIOUS_ADVERSE_EVENT(FlagSeverity.CRITICAL),
    ROUTE_VOLUME_EXCEEDED(FlagSeverity.CRITICAL),
    DAILY_VOLUME_OUT_OF_RANGE(FlagSeverity.WARNING),
    DUPLICATE_DOSE(FlagSeverity.WARNING),
    INFUSION_UNDER_DILUTED(FlagSeverity.WARNING),
    INFUSION_TOO_FAST(FlagSeverity.WARNING),
    MISSED_DOSE(FlagSeverity.WARNING),
    LATE_START(FlagSeverity.WARNING),
    AGE_NOT_RECOMMENDED(FlagSeverity.WARNING);

    public final FlagSeverity severity;

    FlagCode(FlagSeverity severity) {
        this.severity = severity;
    }
}
