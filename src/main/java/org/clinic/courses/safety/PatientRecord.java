package org.clinic.courses.safety;

import org.clinic.courses.patient.Allergy;
import org.clinic.courses.patient.Condition;
import org.clinic.courses.patient.Medication;
import org.clinic.courses.patient.Patient;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What screening needs from a patient: current (not removed) conditions, medications, allergies, eGFR. */
public record PatientRecord(
        LocalDate birthDate,
        List<Condition> conditions,
        List<Medication> medications,
        List<Allergy> allergies,
        BigDecimal egfr) {

    public PatientRecord {
        conditions = conditions == null ? List.of()
                : conditions.stream().filter(c -> c.removedAt == null).toList();
        medications = medications == null ? List.of()
                : medications.stream().filter(m -> m.removedAt == null).toList();
        allergies = allergies == null ? List.of()
                : allergies.stream().filter(a -> a.removedAt == null).toList();
    }

    public static PatientRecord of(Patient p) {
        return new PatientRecord(p.birthDate, p.conditions, p.medications, p.allergies, p.egfr);
    }
}
