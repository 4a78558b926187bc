package org.clinic.courses.patient;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import org.hibernate.annotations.Immutable;

import java.time.Instant;

/**
 * One demographic field an edit changed, with its old and new value (21 CFR 11.10(e)). The rows of one
 * edit share {@link #patientVersion}. Written once, never updated or deleted.
 */
@Entity
@Immutable
@Table(name = "patient_version")
public class PatientVersion extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "patient_id")
    public Long patientId;
    @Column(name = "patient_version")
    public int patientVersion;
    @Column(name = "edited_at")
    public Instant editedAt;
    @Column(name = "edited_by")
    public String editedBy;
    public String field;
    @Column(name = "old_value")
    public String oldValue;
    @Column(name = "new_value")
    public String newValue;
}
