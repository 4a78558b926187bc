package org.clinic.courses.safety;

import org.clinic.courses.patient.Allergy;
import org.clinic.courses.patient.Condition;
import org.clinic.courses.patient.Medication;
import org.clinic.courses.patient.Patient;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What changed in a patient's record, in words, by the reference a screening cause key ends with:
 * the reason a contraindication or interaction flag is resolved when its cause has gone.
 */
final class PatientChanges {
    private PatientChanges() {
    }

    static Map<String, String> of(Patient p, List<Condition> conditions, List<Medication> medications,
                                  List<Allergy> allergies) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Condition c : conditions) {
            if (c.removedAt != null) out.put("condition:" + c.id, removed("condition", c.name, c.removedBy, c.removedReason));
        }
        for (Medication m : medications) {
            if (m.removedAt != null) out.put("medication:" + m.id, removed("medication", m.name, m.removedBy, m.removedReason));
        }
        for (Allergy a : allergies) {
            if (a.removedAt != null) out.put("allergy:" + a.id, removed("allergy", a.substance, a.removedBy, a.removedReason));
        }
        out.put("egfr", p.egfr == null ? "the eGFR is no longer recorded"
                : "the eGFR is now " + Screening.plain(p.egfr) + " ml/min/1.73 m\u00b2"
                + (p.egfrMeasuredOn == null ? "" : " (measured " + p.egfrMeasuredOn + ")"));
        return out;
    }

    private static String removed(String kind, String text, String by, String reason) {
        return "the %s \"%s\" was removed from the patient's record%s%s".formatted(kind, text,
                by == null ? "" : " by " + by, reason == null ? "" : " (" + reason + ")");
    }
}
