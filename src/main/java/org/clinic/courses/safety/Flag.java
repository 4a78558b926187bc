package org.clinic.courses.safety;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import org.clinic.courses.course.TreatmentCourse;

import java.time.Instant;

/** Something the system noticed that a clinician must look at. One flag per cause. */
@Entity
@Table(name = "flag")
public class Flag extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id")
    public TreatmentCourse course;

    @Enumerated(EnumType.STRING)
    public FlagCode code;
    @Enumerated(EnumType.STRING)
    public FlagSeverity severity;
    @Enumerated(EnumType.STRING)
    public FlagStatus status;
    /** Identifies the cause, so the same cause never raises a second open flag. */
    @Column(name = "cause_key")
    public String causeKey;
    @Column(name = "course_day")
    public Integer courseDay;
    public String message;
    @Column(name = "administration_id")
    public Long administrationId;
    @Column(name = "adverse_event_id")
    public Long adverseEventId;
    @Column(name = "raised_at")
    public Instant raisedAt;
    @Column(name = "acknowledged_at")
    public Instant acknowledgedAt;
    @Column(name = "acknowledged_by")
    public String acknowledgedBy;
    @Column(name = "acknowledge_note")
    public String acknowledgeNote;
    @Column(name = "overridden_at")
    public Instant overriddenAt;
    @Column(name = "overridden_by")
    public String overriddenBy;
    @Column(name = "override_reason")
    public String overrideReason;
    /** The overriding physician's printed name and what the signature means (21 CFR 11.50). */
    @Column(name = "override_signer_name")
    public String overrideSignerName;
    @Column(name = "override_meaning")
    public String overrideMeaning;
    @Column(name = "resolved_at")
    public Instant resolvedAt;
    @Column(name = "resolved_by")
    public String resolvedBy;
    @Column(name = "resolve_reason")
    public String resolveReason;

    /** Open or acknowledged: still wants attention (an acknowledged flag is seen, not settled). */
    public boolean active() {
        return status == FlagStatus.OPEN || status == FlagStatus.ACKNOWLEDGED;
    }
}
