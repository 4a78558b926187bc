package org.clinic.courses.safety.rules;

import org.clinic.courses.adverse.AdverseEvent;
import org.clinic.courses.course.Route;
import org.clinic.courses.dose.Administration;

import java.math.BigDecimal;

/** Small formatting helpers shared by the rules. */
final class Refs {
    private Refs() {
    }

    /** Stable reference of an administration in a cause key: its id (unsaved ones by time). */
    static String of(Administration a) {
        return "adm:" + (a.id != null ? a.id : a.administeredAt);
    }

    static String of(AdverseEvent e) {
        return "ae:" + (e.id != null ? e.id : e.observedOn + ":" + e.term);
    }

    static String ml(BigDecimal v) {
        return (v == null ? "?" : v.stripTrailingZeros().toPlainString()) + " ml";
    }

    static String route(Route r) {
        return switch (r) {
            case IV_INFUSION -> "IV infusion";
            case IV_INJECTION -> "IV injection";
            case IM_INJECTION -> "IM injection";
        };
    }
}
