package org.clinic.courses.report;

import org.clinic.courses.adverse.AdverseEvent;
import org.clinic.courses.catalog.DrugDefinition;
import org.clinic.courses.course.TreatmentCourse;
import org.clinic.courses.dose.Administration;
import org.clinic.courses.patient.Patient;
import org.clinic.courses.safety.Flag;

import java.util.List;

/**
 * A course as loaded for a report: the patient (with conditions, medications, allergies), the
 * course, all its administrations, adverse events and flags (voided ones included; the assembler
 * filters), and the drug's catalog definition.
 */
public record CourseRecord(Patient patient, TreatmentCourse course, List<Administration> administrations,
                           List<AdverseEvent> adverseEvents, List<Flag> flags, DrugDefinition drug, Holder holder) {
    /** The drug's marketing authorisation holder (CIOMS 24a), from the drug_holder table. */
    public record Holder(String name, String address) {
    }

    public CourseRecord(Patient patient, TreatmentCourse course, List<Administration> administrations,
                        List<AdverseEvent> adverseEvents, List<Flag> flags, DrugDefinition drug) {
        this(patient, course, administrations, adverseEvents, flags, drug, null);
    }

    public CourseRecord {
        administrations = List.copyOf(administrations);
        adverseEvents = List.copyOf(adverseEvents);
        flags = List.copyOf(flags);
    }
}
