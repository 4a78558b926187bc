package org.clinic.courses.adverse;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import org.clinic.courses.course.TreatmentCourse;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** A side effect observed on a date, graded by CTCAE. Corrected by voiding, never by editing. */
@Entity
@Table(name = "adverse_event")
public class AdverseEvent extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id")
    public TreatmentCourse course;

    @Column(name = "observed_on")
    public LocalDate observedOn;
    @Column(name = "course_day")
    public int courseDay;
    public String term;
    /** CTCAE grade 1..5. */
    public int grade;
    public boolean serious;
    /** Comma-separated {@link SeriousCriterion} names; use {@link #seriousCriteria()}. */
    @Column(name = "serious_criteria")
    public String seriousCriteriaText;
    @Enumerated(EnumType.STRING)
    @Column(name = "action_taken")
    public ActionTaken action;
    @Enumerated(EnumType.STRING)
    public Outcome outcome;
    @Enumerated(EnumType.STRING)
    public Causality causality;
    public String notes;
    @Column(name = "recorded_by")
    public String recordedBy;
    @Column(name = "recorded_at")
    public Instant recordedAt;
    @Column(name = "replaces_id")
    public Long replacesId;
    public boolean voided;
    @Column(name = "voided_at")
    public Instant voidedAt;
    @Column(name = "voided_by")
    public String voidedBy;
    @Column(name = "void_reason")
    public String voidReason;
    @Column(name = "idempotency_key")
    public String idempotencyKey;
    /** {@link org.clinic.courses.dose.Idempotency#fingerprint}: the key replays only for the same request and user. */
    @Column(name = "idempotency_fingerprint")
    public String idempotencyFingerprint;

    public Set<SeriousCriterion> seriousCriteria() {
        if (seriousCriteriaText == null || seriousCriteriaText.isBlank()) {
            return EnumSet.noneOf(SeriousCriterion.class);
        }
        return Arrays.stream(seriousCriteriaText.split(","))
                .map(String::strip)
                .map(SeriousCriterion::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(SeriousCriterion.class)));
    }

    public void setSeriousCriteria(Set<SeriousCriterion> criteria) {
        seriousCriteriaText = criteria == null || criteria.isEmpty() ? null
                : criteria.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }
}
