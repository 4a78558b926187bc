package org.clinic.courses.patient;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;

import java.time.Instant;

/**
 * A line of the patient's record (a condition, a medication, an allergy): never deleted, only
 * marked removed with reason, user and time.
 */
@MappedSuperclass
public abstract class PatientEntry extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "patient_id")
    public Patient patient;

    @Column(name = "recorded_at")
    public Instant recordedAt;
    @Column(name = "recorded_by")
    public String recordedBy;
    @Column(name = "removed_at")
    public Instant removedAt;
    @Column(name = "removed_by")
    public String removedBy;
    @Column(name = "removed_reason")
    public String removedReason;

    public boolean current() {
        return removedAt == null;
    }
}
