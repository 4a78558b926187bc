package org.clinic.courses.dose;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import org.clinic.courses.course.Route;
import org.clinic.courses.course.TreatmentCourse;

import java.math.BigDecimal;
import java.time.Instant;

/** One injection or infusion given (or held, refused). Corrected by voiding, never by editing. */
@Entity
@Table(name = "administration")
public class Administration extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id")
    public TreatmentCourse course;

    @Column(name = "administered_at")
    public Instant administeredAt;
    @Column(name = "course_day")
    public int courseDay;
    @Enumerated(EnumType.STRING)
    public Route route;
    @Column(name = "volume_ml")
    public BigDecimal volumeMl;
    @Enumerated(EnumType.STRING)
    public AdministrationStatus status;
    public String site;
    @Column(name = "lot_number")
    public String lotNumber;
    public String diluent;
    @Column(name = "diluent_volume_ml")
    public BigDecimal diluentVolumeMl;
    @Column(name = "infusion_minutes")
    public Integer infusionMinutes;
    public String notes;
    @Column(name = "recorded_by")
    public String recordedBy;
    @Column(name = "recorded_at")
    public Instant recordedAt;
    /** The record this one corrects (that one is voided). */
    @Column(name = "replaces_id")
    public Long replacesId;
    public boolean voided;
    @Column(name = "voided_at")
    public Instant voidedAt;
    @Column(name = "voided_by")
    public String voidedBy;
    @Column(name = "void_reason")
    public String voidReason;
    /** From a scanned pack (GS1): the product, its serial number and expiry. */
    public String gtin;
    @Column(name = "serial_number")
    public String serialNumber;
    @Column(name = "expiry_date")
    public java.time.LocalDate expiryDate;
    @Column(name = "idempotency_key")
    public String idempotencyKey;
    /** {@link org.clinic.courses.dose.Idempotency#fingerprint}: the key replays only for the same request and user. */
    @Column(name = "idempotency_fingerprint")
    public String idempotencyFingerprint;

    public boolean given() {
        return !voided && status == AdministrationStatus.GIVEN;
    }

    /** For an infusion: the drug plus the diluent added. */
    public BigDecimal infusedTotalMl() {
        return diluentVolumeMl == null ? volumeMl : volumeMl.add(diluentVolumeMl);
    }
}
