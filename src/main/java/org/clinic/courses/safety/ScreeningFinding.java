package org.clinic.courses.safety;

/**
 * One contraindication or interaction conflict: the catalog item (by name, with its source),
 * the patient item that caused it and what matched (a synonym, code, substance, drug name or threshold).
 */
public record ScreeningFinding(
        FlagCode code,
        String catalogItem,
        String catalogSource,
        PatientItem patientItem,
        String matchedOn,
        String causeKey,
        String message) {

    public enum Kind { CONDITION, MEDICATION, ALLERGY, EGFR }

    /** {@code id} is null for eGFR (a patient field) and for unsaved items. */
    public record PatientItem(Kind kind, Long id, String text) {
        /** Stable reference for cause keys: the id, else the text. */
        String ref() {
            if (kind == Kind.EGFR) return "egfr";
            return kind.name().toLowerCase() + ":" + (id != null ? id.toString() : text);
        }
    }

    /** Screening conflicts are not tied to a record; {@code courseDay} is the day it was found (may be null). */
    public FlagFinding toFlag(Integer courseDay) {
        return new FlagFinding(code, causeKey, courseDay, message, null, null);
    }

    public FlagFinding toFlag() {
        return toFlag(null);
    }
}
