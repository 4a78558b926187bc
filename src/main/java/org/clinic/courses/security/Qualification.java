package org.clinic.courses.security;

/** A reporter's qualification, as E2B(R3) C.2.r.4 and CIOMS I ask for it. */
public enum Qualification {
    PHYSICIAN, PHARMACIST, NURSE, OTHER_HEALTH_PROFESSIONAL;

    /** The E2B(R3) C.2.r.4 code: 1 physician, 2 pharmacist, 3 other health professional (a nurse is one). */
    public String e2bCode() {
        return switch (this) {
            case PHYSICIAN -> "1";
            case PHARMACIST -> "2";
            case NURSE, OTHER_HEALTH_PROFESSIONAL -> "3";
        };
    }
}
