package org.clinic.courses.patient;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A patient as the API shows it; removed entries stay listed with who removed them and why. */
public record PatientView(long id, String mrn, String givenName, String familyName, LocalDate birthDate, Sex sex,
                          BigDecimal weightKg, BigDecimal egfr, Boolean apoeE4Carrier, int version,
                          List<ConditionView> conditions, List<MedicationView> medications,
                          List<AllergyView> allergies, LocalDate egfrMeasuredOn) {

    public record ConditionView(long id, String name, String code, Instant recordedAt, String recordedBy,
                                Instant removedAt, String removedBy, String removedReason) {
        public static ConditionView of(Condition c) {
            return new ConditionView(c.id, c.name, c.code, c.recordedAt, c.recordedBy, c.removedAt, c.removedBy,
                    c.removedReason);
        }
    }

    public record MedicationView(long id, String name, Instant recordedAt, String recordedBy,
                                 Instant removedAt, String removedBy, String removedReason) {
        public static MedicationView of(Medication m) {
            return new MedicationView(m.id, m.name, m.recordedAt, m.recordedBy, m.removedAt, m.removedBy, m.removedReason);
        }
    }

    public record AllergyView(long id, String substance, Instant recordedAt, String recordedBy,
                              Instant removedAt, String removedBy, String removedReason) {
        public static AllergyView of(Allergy a) {
            return new AllergyView(a.id, a.substance, a.recordedAt, a.recordedBy, a.removedAt, a.removedBy,
                    a.removedReason);
        }
    }

    public static PatientView of(Patient p) {
        return new PatientView(p.id, p.mrn, p.givenName, p.familyName, p.birthDate, p.sex, p.weightKg, p.egfr,
                p.apoeE4Carrier, p.version,
                p.conditions.stream().map(ConditionView::of).toList(),
                p.medications.stream().map(MedicationView::of).toList(),
                p.allergies.stream().map(AllergyView::of).toList(), p.egfrMeasuredOn);
    }
}
