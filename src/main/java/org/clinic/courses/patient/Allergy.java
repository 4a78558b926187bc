package org.clinic.courses.patient;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Table(name = "patient_allergy")
public class Allergy extends PatientEntry {
    public String substance;
}
