package org.clinic.courses.safety;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.clinic.courses.adverse.AdverseEvent;
import org.clinic.courses.course.TreatmentCourse;
import org.clinic.courses.dose.Administration;
import org.clinic.courses.patient.Allergy;
import org.clinic.courses.patient.Condition;
import org.clinic.courses.patient.Medication;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the safety engine loads: one statement per kind of record for any number of courses, so an
 * evaluation (or a batch of the scheduled check) costs the same few statements whatever the data.
 */
@ApplicationScoped
public class FlagQueries {
    private static final List<FlagStatus> KNOWN = List.of(FlagStatus.OPEN, FlagStatus.ACKNOWLEDGED, FlagStatus.OVERRIDDEN);

    @Inject
    EntityManager em;

    /** The courses, locked for this transaction so two evaluations of one course never raise a cause twice. */
    public List<TreatmentCourse> lockCourses(Collection<Long> ids) {
        return em.createQuery("select c from TreatmentCourse c where c.id in :ids order by c.id", TreatmentCourse.class)
                .setParameter("ids", ids).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    public Map<Long, List<Condition>> conditions(Collection<Long> patientIds) {
        return group(em.createQuery("select c from Condition c where c.patient.id in :ids order by c.id", Condition.class)
                .setParameter("ids", patientIds).getResultList(), c -> c.patient.id);
    }

    public Map<Long, List<Medication>> medications(Collection<Long> patientIds) {
        return group(em.createQuery("select m from Medication m where m.patient.id in :ids order by m.id", Medication.class)
                .setParameter("ids", patientIds).getResultList(), m -> m.patient.id);
    }

    public Map<Long, List<Allergy>> allergies(Collection<Long> patientIds) {
        return group(em.createQuery("select a from Allergy a where a.patient.id in :ids order by a.id", Allergy.class)
                .setParameter("ids", patientIds).getResultList(), a -> a.patient.id);
    }

    /** All administrations of the courses, voided ones too (the rules skip them; resolutions cite them). */
    public Map<Long, List<Administration>> administrations(Collection<Long> courseIds) {
        return group(em.createQuery("select a from Administration a where a.course.id in :ids order by a.id",
                Administration.class).setParameter("ids", courseIds).getResultList(), a -> a.course.id);
    }

    public Map<Long, List<AdverseEvent>> adverseEvents(Collection<Long> courseIds) {
        return group(em.createQuery("select e from AdverseEvent e where e.course.id in :ids order by e.id",
                AdverseEvent.class).setParameter("ids", courseIds).getResultList(), e -> e.course.id);
    }

    /**
     * Every course of the same patients whose drug is among the given ones, any status, keyed by
     * patient: the caller picks those of the same drug as each course (overlaps, daily totals).
     */
    public Map<Long, List<TreatmentCourse>> coursesOfDrugs(Collection<Long> patientIds, Collection<String> drugCodes) {
        return group(em.createQuery("select c from TreatmentCourse c where c.patient.id in :ids and c.drugCode in :drugs "
                        + "order by c.id", TreatmentCourse.class)
                .setParameter("ids", patientIds).setParameter("drugs", drugCodes).getResultList(), c -> c.patient.id);
    }

    /** Courses of the patient and drug that can still be given doses (not stopped or signed off). */
    public List<Long> unfinishedCourseIds(long patientId, String drugCode) {
        return em.createQuery("select c.id from TreatmentCourse c where c.patient.id = :id and c.drugCode = :drug "
                        + "and c.stoppedAt is null and c.signedOffAt is null order by c.id", Long.class)
                .setParameter("id", patientId).setParameter("drug", drugCode).getResultList();
    }

    /** Flags that still own their cause: open, acknowledged or overridden (resolved ones do not). */
    public Map<Long, List<Flag>> knownFlags(Collection<Long> courseIds) {
        return group(em.createQuery("select f from Flag f where f.course.id in :ids and f.status in :statuses order by f.id",
                Flag.class).setParameter("ids", courseIds).setParameter("statuses", KNOWN).getResultList(), f -> f.course.id);
    }

    public List<Flag> flagsOf(long courseId) {
        return em.createQuery("select f from Flag f where f.course.id = :id order by f.raisedAt desc, f.id desc", Flag.class)
                .setParameter("id", courseId).getResultList();
    }

    /** Courses of a patient that can still be given doses: not stopped, not signed off. */
    public List<Long> unfinishedCourseIds(long patientId) {
        return em.createQuery("select c.id from TreatmentCourse c where c.patient.id = :id and c.stoppedAt is null "
                + "and c.signedOffAt is null order by c.id", Long.class).setParameter("id", patientId).getResultList();
    }

    /** Courses the scheduled check watches: started, not stopped or signed off, ended at most {@code graceDays} ago. */
    public List<Long> coursesToWatch(LocalDate today, int graceDays) {
        LocalDate endedAfter = today.minusDays(graceDays + 1L);
        return em.createQuery("select c.id, c.startDate, c.lengthDays from TreatmentCourse c where c.stoppedAt is null "
                        + "and c.signedOffAt is null and c.startDate <= :today order by c.id", Object[].class)
                .setParameter("today", today).getResultStream()
                .filter(r -> ((LocalDate) r[1]).plusDays(((Number) r[2]).longValue() - 1).isAfter(endedAfter))
                .map(r -> (Long) r[0]).toList();
    }

    private static <T> Map<Long, List<T>> group(List<T> rows, Function<T, Long> key) {
        return rows.stream().collect(Collectors.groupingBy(key));
    }
}
