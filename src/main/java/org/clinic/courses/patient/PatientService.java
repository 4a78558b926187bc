package org.clinic.courses.patient;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import org.clinic.courses.audit.AuditLog;
import org.clinic.courses.safety.SafetyService;
import org.clinic.courses.web.ConflictException;
import org.clinic.courses.web.InputCheck;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** Registers and edits patients and their conditions, medications and allergies; every change is audited. */
@ApplicationScoped
public class PatientService {
    @Inject
    AuditLog audit;
    @Inject
    SafetyService safety;
    @Inject
    Clock clock;
    @Inject
    PatientVersions versions;

    public record ConditionInput(String name, String code) {
    }

    @Transactional
    public Patient register(PatientInput input, List<ConditionInput> conditions, List<String> medications,
                            List<String> allergies) {
        InputCheck check = new InputCheck();
        Patient p = new Patient();
        input.applyTo(p, check, LocalDate.now(clock));
        for (int i = 0; i < conditions.size(); i++) {
            ConditionInput c = conditions.get(i);
            check.text("conditions[" + i + "].name", c == null ? null : c.name(), 200, true);
            check.text("conditions[" + i + "].code", c == null ? null : c.code(), 20, false);
        }
        for (int i = 0; i < medications.size(); i++) {
            check.text("medications[" + i + "].name", medications.get(i), 200, true);
        }
        for (int i = 0; i < allergies.size(); i++) {
            check.text("allergies[" + i + "].substance", allergies.get(i), 200, true);
        }
        check.throwIfAny();
        requireUniqueMrn(p.mrn, null);
        p.createdAt = Instant.now(clock);
        p.createdBy = audit.currentUser();
        p.persist();
        audit.record("PATIENT_CREATED", "Patient", p.id, "mrn=" + p.mrn);
        conditions.forEach(c -> newCondition(p, c.name(), c.code()));
        medications.forEach(m -> newMedication(p, m));
        allergies.forEach(a -> newAllergy(p, a));
        // A new patient has no course yet: nothing to screen until one is prescribed.
        return p;
    }

    /** Edits demographics; {@code version} is the one the editor saw (a stale edit is a 409). */
    @Transactional
    public Patient edit(long id, Integer version, PatientInput input) {
        Patient p = get(id);
        InputCheck check = new InputCheck();
        if (version == null) {
            check.add("version", "Required: the version you edited");
        }
        Patient edited = new Patient();
        input.applyTo(edited, check, LocalDate.now(clock));
        check.throwIfAny();
        if (version != p.version) {
            throw new ConflictException("Someone else changed this patient meanwhile; reload and try again");
        }
        requireUniqueMrn(edited.mrn, p.id);
        PatientInput beforeInput = PatientInput.of(p);
        String before = beforeInput.toString();
        int replacedVersion = p.version;
        p.mrn = edited.mrn;
        p.givenName = edited.givenName;
        p.familyName = edited.familyName;
        p.birthDate = edited.birthDate;
        p.sex = edited.sex;
        p.weightKg = edited.weightKg;
        boolean egfrChanged = p.egfr == null ? edited.egfr != null
                : edited.egfr == null || p.egfr.compareTo(edited.egfr) != 0;
        p.egfr = edited.egfr;
        // A new value without its date is not the old value's date.
        p.egfrMeasuredOn = edited.egfrMeasuredOn != null || !egfrChanged ? edited.egfrMeasuredOn : null;
        p.apoeE4Carrier = edited.apoeE4Carrier;
        versions.keep(p.id, replacedVersion, DemographicChanges.between(beforeInput, PatientInput.of(p)));
        audit.record("PATIENT_EDITED", "Patient", p.id, "before=" + before);
        safety.evaluatePatient(p);
        Patient.flush(); // so the returned patient carries its new version
        return p;
    }

    @Transactional
    public Condition addCondition(long patientId, String name, String code) {
        Patient p = get(patientId);
        InputCheck check = new InputCheck();
        check.text("name", name, 200, true);
        check.text("code", code, 20, false);
        check.throwIfAny();
        Condition c = newCondition(p, name, code);
        safety.evaluatePatient(p);
        return c;
    }

    @Transactional
    public Medication addMedication(long patientId, String name) {
        Patient p = get(patientId);
        InputCheck check = new InputCheck();
        check.text("name", name, 200, true);
        check.throwIfAny();
        Medication m = newMedication(p, name);
        safety.evaluatePatient(p);
        return m;
    }

    @Transactional
    public Allergy addAllergy(long patientId, String substance) {
        Patient p = get(patientId);
        InputCheck check = new InputCheck();
        check.text("substance", substance, 200, true);
        check.throwIfAny();
        Allergy a = newAllergy(p, substance);
        safety.evaluatePatient(p);
        return a;
    }

    /** Marks one condition, medication or allergy removed; the row stays readable. */
    @Transactional
    public void remove(long patientId, String kind, long itemId, String reason) {
        Patient p = get(patientId);
        InputCheck check = new InputCheck();
        String why = check.text("reason", reason, 500, true);
        check.throwIfAny();
        Instant now = Instant.now(clock);
        String user = audit.currentUser();
        Class<? extends PatientEntry> type = switch (kind) {
            case "conditions" -> Condition.class;
            case "medications" -> Medication.class;
            case "allergies" -> Allergy.class;
            default -> throw new NotFoundException();
        };
        PatientEntry entry = io.quarkus.hibernate.orm.panache.Panache.getEntityManager().find(type, itemId);
        requireCurrent(entry == null ? null : entry.patient, entry == null ? null : entry.removedAt, p);
        entry.removedAt = now;
        entry.removedBy = user;
        entry.removedReason = why;
        audit.record("PATIENT_" + kind.toUpperCase(Locale.ROOT) + "_REMOVED", "Patient", p.id,
                "itemId=" + itemId + " reason=" + why);
        safety.evaluatePatient(p);
    }

    private static void requireCurrent(Patient owner, Instant removedAt, Patient p) {
        if (owner == null || !owner.id.equals(p.id)) {
            throw new NotFoundException();
        }
        if (removedAt != null) {
            throw new ConflictException("Already removed");
        }
    }

    public Patient get(long id) {
        return Patient.<Patient>findByIdOptional(id).orElseThrow(NotFoundException::new);
    }

    private void requireUniqueMrn(String mrn, Long exceptId) {
        long same = exceptId == null ? Patient.count("mrn", mrn) : Patient.count("mrn = ?1 and id <> ?2", mrn, exceptId);
        if (same > 0) {
            throw new ConflictException("A patient with MRN " + mrn + " is already registered");
        }
    }

    private Condition newCondition(Patient p, String name, String code) {
        Condition c = new Condition();
        c.patient = p;
        c.name = InputCheck.blankToNull(name);
        c.code = InputCheck.blankToNull(code);
        c.recordedAt = Instant.now(clock);
        c.recordedBy = audit.currentUser();
        c.persist();
        p.conditions.add(c);
        audit.record("PATIENT_CONDITION_ADDED", "Patient", p.id, c.name + (c.code == null ? "" : " (" + c.code + ")"));
        return c;
    }

    private Medication newMedication(Patient p, String name) {
        Medication m = new Medication();
        m.patient = p;
        m.name = InputCheck.blankToNull(name);
        m.recordedAt = Instant.now(clock);
        m.recordedBy = audit.currentUser();
        m.persist();
        p.medications.add(m);
        audit.record("PATIENT_MEDICATION_ADDED", "Patient", p.id, m.name);
        return m;
    }

    private Allergy newAllergy(Patient p, String substance) {
        Allergy a = new Allergy();
        a.patient = p;
        a.substance = InputCheck.blankToNull(substance);
        a.recordedAt = Instant.now(clock);
        a.recordedBy = audit.currentUser();
        a.persist();
        p.allergies.add(a);
        audit.record("PATIENT_ALLERGY_ADDED", "Patient", p.id, a.substance);
        return a;
    }
}
