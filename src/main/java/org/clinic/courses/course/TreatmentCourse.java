package org.clinic.courses.course;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import org.clinic.courses.patient.Patient;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One prescription of a drug for an indication, route, daily volume, start date and length. */
@Entity
@Table(name = "treatment_course")
public class TreatmentCourse extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "patient_id")
    public Patient patient;

    @Column(name = "drug_code")
    public String drugCode;
    public String indication;
    /** The catalog protocol the indication matched, if any. */
    @Column(name = "protocol_name")
    public String protocolName;
    @Enumerated(EnumType.STRING)
    public Route route;
    @Column(name = "daily_volume_ml")
    public BigDecimal dailyVolumeMl;
    @Column(name = "start_date")
    public LocalDate startDate;
    @Column(name = "length_days")
    public int lengthDays;
    /** Computed by the database from start and length (V53), for queries by date window; read {@link #endDate()}. */
    @Column(name = "end_date", insertable = false, updatable = false)
    LocalDate lastDay;
    @Enumerated(EnumType.STRING)
    public ScheduleType schedule;
    /** Symptom onset, when known (late-start rule). */
    @Column(name = "onset_at")
    public Instant onsetAt;
    @Column(name = "stopped_at")
    public Instant stoppedAt;
    @Column(name = "stopped_by")
    public String stoppedBy;
    @Column(name = "stop_reason")
    public String stopReason;
    @Column(name = "signed_off_at")
    public Instant signedOffAt;
    @Column(name = "signed_off_by")
    public String signedOffBy;
    /** The signer's printed name and what the sign-off signature means (21 CFR 11.50). */
    /** The prescribe form's one-time token (kind-prefixed), unique: a second submit finds this course. */
    @Column(name = "submission_token")
    public String submissionToken;
    @Column(name = "signed_off_name")
    public String signedOffName;
    @Column(name = "sign_off_meaning")
    public String signOffMeaning;
    @Column(name = "prescribed_by")
    public String prescribedBy;
    @Column(name = "created_at")
    public Instant createdAt;
    @Version
    public int version;

    /** Last calendar day of the course (inclusive). */
    public LocalDate endDate() {
        return startDate.plusDays(lengthDays - 1L);
    }

    /** Day 1 is the start date. */
    public int courseDayOf(LocalDate day) {
        return (int) (day.toEpochDay() - startDate.toEpochDay()) + 1;
    }

    public LocalDate dateOfCourseDay(int courseDay) {
        return startDate.plusDays(courseDay - 1L);
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(startDate) && !day.isAfter(endDate());
    }

    /** Stopped and signed-off courses keep their state; otherwise the status follows the calendar. */
    public CourseStatus statusOn(LocalDate today) {
        if (stoppedAt != null) return CourseStatus.STOPPED;
        if (signedOffAt != null) return CourseStatus.COMPLETED;
        if (today.isBefore(startDate)) return CourseStatus.PLANNED;
        if (today.isAfter(endDate())) return CourseStatus.COMPLETED;
        return CourseStatus.ACTIVE;
    }
}
