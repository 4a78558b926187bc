package org.clinic.courses.patient;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Table(name = "patient_condition")
public class Condition extends PatientEntry {
    public String name;
    /** ICD-10 code, optional. */
    public String code;
}
