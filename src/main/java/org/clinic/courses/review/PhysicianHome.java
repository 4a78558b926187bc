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
 * A physician's day at a glance, in five statements whatever the clinic's size: their running
 * courses, the courses that have ended and wait for sign-off, the stopped courses whose flags still
 * wait for a decision, the planned courses that start later, and the open flags on all of them by severity.
 */
@ApplicationScoped
public class PhysicianHome {
    public static final int LIMIT = 100;
    private static final List<FlagStatus> ACTIVE = List.of(FlagStatus.OPEN, FlagStatus.ACKNOWLEDGED);
    /** Courses needing most attention first (critical flags, then any open flag), then the newest. */
    private static final String ORDER = " order by (select count(f) from Flag f where f.course = c and f.status in :active"
            + " and f.severity = :critical) desc, (select count(f) from Flag f where f.course = c and f.status in :active) desc,"
            + " c.startDate desc, c.id desc";
    private static final String MINE = "select c from TreatmentCourse c join fetch c.patient where c.prescribedBy = :me";
    private static final String NOT_CLOSED = MINE + " and c.stoppedAt is null and c.signedOffAt is null";
    /** A stopped course cannot be signed off, but its open flags still need the physician's decision. */
    private static final String STOPPED_WITH_FLAGS = MINE + " and c.stoppedAt is not null and c.signedOffAt is null"
            + " and exists (select 1 from Flag f where f.course = c and f.status in :active)";

    @Inject
    EntityManager em;

    /** A course with its open (or only acknowledged) flags by severity. */
    public record Line(TreatmentCourse course, long critical, long warning, long other) {
        public long open() {
            return critical + warning + other;
        }

        public long daysUntilStart(LocalDate today) {
            return course.startDate.toEpochDay() - today.toEpochDay();
        }
    }

    public record Home(List<Line> running, List<Line> awaitingSignOff, List<Line> stoppedWithFlags,
                       List<Line> planned, int limit) {
    }

    public Home load(String me, LocalDate today) {
        List<TreatmentCourse> running = courses(NOT_CLOSED + " and c.startDate <= :today"
                + " and c.startDate + (c.lengthDays - 1) day >= :today" + ORDER, me, today);
        List<TreatmentCourse> ended = courses(NOT_CLOSED
                + " and c.startDate + (c.lengthDays - 1) day < :today" + ORDER, me, today);
        List<TreatmentCourse> stopped = courses(STOPPED_WITH_FLAGS + ORDER, me, null);
        List<TreatmentCourse> planned = em.createQuery(NOT_CLOSED + " and c.startDate > :today"
                        + " order by c.startDate, c.id", TreatmentCourse.class)
                .setParameter("me", me).setParameter("today", today).setMaxResults(LIMIT).getResultList();
        Map<Long, Map<FlagSeverity, Long>> counts = openFlags(running, ended, stopped, planned);
        return new Home(lines(running, counts), lines(ended, counts), lines(stopped, counts),
                planned.stream().map(c -> line(c, counts)).toList(), LIMIT);
    }

    private List<TreatmentCourse> courses(String jpql, String me, LocalDate today) {
        var query = em.createQuery(jpql, TreatmentCourse.class).setParameter("me", me)
                .setParameter("active", ACTIVE).setParameter("critical", FlagSeverity.CRITICAL);
        if (today != null) query.setParameter("today", today);
        return query.setMaxResults(LIMIT).getResultList();
    }

    @SafeVarargs
    private Map<Long, Map<FlagSeverity, Long>> openFlags(List<TreatmentCourse>... lists) {
        List<Long> ids = new ArrayList<>();
        for (List<TreatmentCourse> list : lists) list.forEach(c -> ids.add(c.id));
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

    /** Most critical flags first, then most open flags; the query's order breaks ties. */
    private static List<Line> lines(List<TreatmentCourse> courses, Map<Long, Map<FlagSeverity, Long>> counts) {
        return courses.stream().map(c -> line(c, counts))
                .sorted(Comparator.comparingLong(Line::critical).reversed().thenComparing(Comparator.comparingLong(Line::open).reversed()))
                .toList();
    }

    private static Line line(TreatmentCourse c, Map<Long, Map<FlagSeverity, Long>> counts) {
        Map<FlagSeverity, Long> n = counts.getOrDefault(c.id, Map.of());
        long critical = n.getOrDefault(FlagSeverity.CRITICAL, 0L), warning = n.getOrDefault(FlagSeverity.WARNING, 0L);
        long all = n.values().stream().mapToLong(Long::longValue).sum();
        return new Line(c, critical, warning, all - critical - warning);
    }
}
