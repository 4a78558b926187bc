package org.clinic.courses.patient;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;

import java.time.Instant;

/** Part of the patient's record; never deleted, only marked removed with reason, user and time. */
@Entity
@Table(name = "patient_allergy")
public class Allergy extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "patient_id")
    public Patient patient;

    public String substance;
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
}
