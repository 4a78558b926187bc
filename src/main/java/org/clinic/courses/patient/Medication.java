package org.clinic.courses.patient;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Table(name = "patient_medication")
public class Medication extends PatientEntry {
    public String name;
}
