package org.clinic.courses.worklist;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import org.clinic.courses.course.TreatmentCourse;

import java.time.Instant;

/** A nurse asked a physician to review a course whose doses are blocked; newest asks come first in the queue. */
@Entity
@Table(name = "physician_request")
public class PhysicianRequest extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id")
    public TreatmentCourse course;

    @Column(name = "flag_id")
    public Long flagId;
    @Column(name = "asked_at")
    public Instant askedAt;
    @Column(name = "asked_by")
    public String askedBy;
}
