package org.clinic.courses.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.clinic.courses.course.TreatmentCourse;
import org.clinic.courses.safety.FlagSeverity;
import org.clinic.courses.safety.FlagStatus;

import java.time.LocalDate;
import java.util.*;

/**
 * A physician's day at a glance, in three statements whatever the clinic's size: their running
 * courses, the courses that have ended and wait for sign-off, and the open flags on both by severity.
 */
@ApplicationScoped
public class PhysicianHome {
    public static final int LIMIT = 100;
    private static final List<FlagStatus> ACTIVE = List.of(FlagStatus.OPEN, FlagStatus.ACKNOWLEDGED);
    /** Courses needing most attention first (critical flags, then any open flag), then the newest. */
    private static final String ORDER = " order by (select count(f) from Flag f where f.course = c and f.status in :active"
            + " and f.severity = :critical) desc, (select count(f) from Flag f where f.course = c and f.status in :active) desc,"
            + " c.startDate desc, c.id desc";
    private static final String NOT_CLOSED = "select c from TreatmentCourse c join fetch c.patient"
            + " where c.prescribedBy = :me and c.stoppedAt is null and c.signedOffAt is null";

    @Inject
    EntityManager em;

    /** A course with its open (or only acknowledged) flags by severity. */
    public record Line(TreatmentCourse course, long critical, long warning, long other) {
        public long open() {
            return critical + warning + other;
        }
    }

    public record Home(List<Line> running, List<Line> awaitingSignOff, int limit) {
    }

    public Home load(String me, LocalDate today) {
        List<TreatmentCourse> running = em.createQuery(NOT_CLOSED + " and c.startDate <= :today"
                        + " and c.startDate + (c.lengthDays - 1) day >= :today" + ORDER, TreatmentCourse.class)
                .setParameter("me", me).setParameter("today", today).setParameter("active", ACTIVE)
                .setParameter("critical", FlagSeverity.CRITICAL).setMaxResults(LIMIT).getResultList();
        List<TreatmentCourse> ended = em.createQuery(NOT_CLOSED
                        + " and c.startDate + (c.lengthDays - 1) day < :today" + ORDER, TreatmentCourse.class)
                .setParameter("me", me).setParameter("today", today).setParameter("active", ACTIVE)
                .setParameter("critical", FlagSeverity.CRITICAL).setMaxResults(LIMIT).getResultList();
        Map<Long, Map<FlagSeverity, Long>> counts = openFlags(running, ended);
        return new Home(lines(running, counts), lines(ended, counts), LIMIT);
    }

    private Map<Long, Map<FlagSeverity, Long>> openFlags(List<TreatmentCourse> a, List<TreatmentCourse> b) {
        List<Long> ids = new ArrayList<>();
        a.forEach(c -> ids.add(c.id));
        b.forEach(c -> ids.add(c.id));
        Map<Long, Map<FlagSeverity, Long>> counts = new HashMap<>();
        if (ids.isEmpty()) return counts;
        em.createQuery("select f.course.id, f.severity, count(f) from Flag f where f.course.id in :ids"
                        + " and f.status in :active group by f.course.id, f.severity", Object[].class)
                .setParameter("ids", ids).setParameter("active", ACTIVE)
                .getResultList()
                .forEach(r -> counts.computeIfAbsent((Long) r[0], k -> new EnumMap<>(FlagSeverity.class))
                        .put((FlagSeverity) r[1], (Long) r[2]));
        return counts;
    }

    private static List<Line> lines(List<TreatmentCourse> courses, Map<Long, Map<FlagSeverity, Long>> counts) {
        return courses.stream().map(c -> {
            Map<FlagSeverity, Long> n = counts.getOrDefault(c.id, Map.of());
            long critical = n.getOrDefault(FlagSeverity.CRITICAL, 0L), warning = n.getOrDefault(FlagSeverity.WARNING, 0L);
            long all = n.values().stream().mapToLong(Long::longValue).sum();
            return new Line(c, critical, warning, all - critical - warning);
        }).sorted(Comparator.comparingLong(Line::critical).reversed().thenComparing(Comparator.comparingLong(Line::open).reversed()))
                .toList();
    }
}
