package org.clinic.courses.safety;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.clinic.courses.course.TreatmentCourse;
import org.clinic.courses.patient.Patient;
import org.clinic.courses.web.ConflictException;

import java.util.List;

/**
 * Loads what the rules need, runs them, and persists the outcome: new causes raise flags, causes
 * that are gone resolve theirs. Call after every change to a course's data, in the same transaction.
 */
@ApplicationScoped
public class SafetyService {

    /** Re-judges the course; returns the flags this call raised. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Flag> evaluate(TreatmentCourse course) {
        return List.of(); // INTEGRATION PENDING: wired to FlagRules when the safety engine lands
    }

    /** Re-judges every course of the patient that is not finished (a condition or drug was added). */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Flag> evaluatePatient(Patient patient) {
        return List.of(); // INTEGRATION PENDING
    }

    /** A GIVEN dose is refused while a contraindication flag is open and not overridden. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void checkDoseAllowed(TreatmentCourse course) {
        List<Flag> blocking = Flag.list("course = ?1 and code = ?2 and status in (?3)", course,
                FlagCode.CONTRAINDICATION, List.of(FlagStatus.OPEN, FlagStatus.ACKNOWLEDGED));
        if (!blocking.isEmpty()) {
            throw new ConflictException("Doses are blocked by an unresolved contraindication: a physician must review "
                    + "and override it first", blocking.stream().map(FlagView::of).toList());
        }
    }

    /** Flags of one course, newest first, for pages and API responses. */
    public List<Flag> flagsOf(TreatmentCourse course) {
        return Flag.list("course = ?1 order by raisedAt desc, id desc", course);
    }
}
