package org.clinic.courses.ward;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;

import java.time.Instant;

/** Where a patient lies: admission starts one, a transfer ends it and starts the next; the history stays. */
@Entity
@Table(name = "bed_assignment")
public class BedAssignment extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "patient_id")
    public Long patientId;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "ward_id")
    public Ward ward;
    public String bed;
    @Column(name = "assigned_at")
    public Instant assignedAt;
    @Column(name = "assigned_by")
    public String assignedBy;
    @Column(name = "ended_at")
    public Instant endedAt;
    @Column(name = "ended_by")
    public String endedBy;
}
