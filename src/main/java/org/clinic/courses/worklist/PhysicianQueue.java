package org.clinic.courses.worklist;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.clinic.courses.audit.AuditLog;
import org.clinic.courses.dose.CourseGate;
import org.clinic.courses.course.TreatmentCourse;
import org.clinic.courses.safety.Flag;
import org.clinic.courses.safety.FlagCode;
import org.clinic.courses.safety.FlagStatus;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * "Ask the physician": a nurse at a blocked patient's bed puts the course at the top of the
 * physician's queue. The queue holds courses asked about in the last two days whose contraindication
 * is still unresolved, newest ask first.
 */
@ApplicationScoped
public class PhysicianQueue {
    static final Duration KEPT = Duration.ofDays(2);
    static final int SHOWN = 50;

    public record Ask(long courseId, String patient, String mrn, java.time.Instant askedAt, String askedBy) {
    }

    @Inject
    Clock clock;
    @Inject
    AuditLog audit;

    @Transactional
    public void ask(long courseId) {
        TreatmentCourse course = CourseGate.openCourse(courseId);
        Flag blocking = Flag.<Flag>find("course.id = ?1 and code = ?2 and status in ?3 order by raisedAt",
                courseId, FlagCode.CONTRAINDICATION, List.of(FlagStatus.OPEN, FlagStatus.ACKNOWLEDGED)).firstResult();
        PhysicianRequest r = new PhysicianRequest();
        r.course = course;
        r.flagId = blocking == null ? null : blocking.id;
        r.askedAt = clock.instant();
        r.askedBy = audit.currentUser();
        r.persist();
        audit.record("PHYSICIAN_ASKED", "TreatmentCourse", courseId,
                "review requested" + (blocking == null ? "" : " for flag " + blocking.id + " " + blocking.code));
    }

    /** One statement: the asks with their course and patient, still blocked. */
    @Transactional
    public List<Ask> open() {
        java.util.Set<Long> seen = new java.util.HashSet<>();
        return PhysicianRequest.<PhysicianRequest>find("from PhysicianRequest r join fetch r.course c join fetch c.patient "
                        + "where r.askedAt >= ?1 and c.stoppedAt is null and c.signedOffAt is null and exists (select 1 from Flag f "
                        + "where f.course = c and f.code = ?2 and f.status in ?3) order by r.askedAt desc",
                clock.instant().minus(KEPT), FlagCode.CONTRAINDICATION, List.of(FlagStatus.OPEN, FlagStatus.ACKNOWLEDGED))
                .page(0, SHOWN).list().stream()
                .filter(r -> seen.add(r.course.id))
                .map(r -> new Ask(r.course.id, r.course.patient.familyName + ", " + r.course.patient.givenName,
                        r.course.patient.mrn, r.askedAt, r.askedBy))
                .toList();
    }
}
