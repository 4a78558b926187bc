package org.clinic.courses.course;

import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import org.clinic.courses.adverse.AdverseEvent;
import org.clinic.courses.dose.Administration;
import org.clinic.courses.safety.Flag;
import org.clinic.courses.safety.SafetyService;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Reads courses for pages and the API with a bounded number of SQL statements. */
@ApplicationScoped
public class CourseQueries {
    public static final int PAGE_SIZE = 20;

    @Inject
    SafetyService safety;
    @Inject
    Clock clock;

    /** Courses are counted up to this many: a count of every course grows with the clinic. */
    public static final int COUNT_LIMIT = 1000;

    /** {@code total} is at most {@link #COUNT_LIMIT}; {@code more} says that more courses match. */
    public record CoursePage(List<TreatmentCourse> courses, long total, boolean more, int page, int pageCount) {
        public int number() {
            return page + 1;
        }

        public boolean hasNext() {
            return page + 1 < pageCount;
        }
    }

    /** The course and its patient in one query, then administrations, adverse events and flags one query each. */
    public CourseRecord load(long id) {
        TreatmentCourse c = TreatmentCourse.<TreatmentCourse>find(
                        "select c from TreatmentCourse c join fetch c.patient where c.id = ?1", id)
                .firstResultOptional().orElseThrow(NotFoundException::new);
        safety.refreshIfStale(c); // a day that ended since the last look may have left a missed dose
        List<Administration> doses = Administration.list("course = ?1 order by courseDay, administeredAt, id", c);
        List<AdverseEvent> events = AdverseEvent.list("course = ?1 order by courseDay, observedOn, id", c);
        return new CourseRecord(c, doses, events, safety.flagsOf(c), LocalDate.now(clock));
    }

    /** Records of several courses (already loaded with their patients) in three more queries, whatever their number. */
    public List<CourseRecord> loadAll(List<TreatmentCourse> courses) {
        if (courses.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Administration>> doses = Administration.<Administration>list(
                        "course in ?1 order by courseDay, administeredAt, id", courses).stream()
                .collect(Collectors.groupingBy(a -> a.course.id));
        Map<Long, List<AdverseEvent>> events = AdverseEvent.<AdverseEvent>list(
                        "course in ?1 order by courseDay, observedOn, id", courses).stream()
                .collect(Collectors.groupingBy(e -> e.course.id));
        Map<Long, List<Flag>> flags = Flag.<Flag>list("course in ?1 order by raisedAt desc, id desc", courses).stream()
                .collect(Collectors.groupingBy(f -> f.course.id));
        LocalDate today = LocalDate.now(clock);
        return courses.stream().map(c -> new CourseRecord(c, doses.getOrDefault(c.id, List.of()),
                events.getOrDefault(c.id, List.of()), flags.getOrDefault(c.id, List.of()), today)).toList();
    }

    /** Courses filtered by patient and by status (as of today), newest first, with their patients. */
    public CoursePage search(Long patientId, CourseStatus status, int page) {
        LocalDate today = LocalDate.now(clock);
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (patientId != null) {
            where.add("c.patient.id = :patientId");
            params.put("patientId", patientId);
        }
        if (status != null) {
            params.put("today", today);
            where.add(switch (status) {
                case STOPPED -> "c.stoppedAt is not null";
                case COMPLETED -> "c.stoppedAt is null and (c.signedOffAt is not null"
                        + " or c.startDate + (c.lengthDays - 1) day < :today)";
                case PLANNED -> "c.stoppedAt is null and c.signedOffAt is null and c.startDate > :today";
                case ACTIVE -> "c.stoppedAt is null and c.signedOffAt is null and c.startDate <= :today"
                        + " and c.startDate + (c.lengthDays - 1) day >= :today";
            });
        }
        String filter = where.isEmpty() ? "" : " where " + String.join(" and ", where);
        var ids = TreatmentCourse.getEntityManager().createQuery("select c.id from TreatmentCourse c" + filter, Long.class)
                .setMaxResults(COUNT_LIMIT + 1);
        params.forEach(ids::setParameter);
        long counted = ids.getResultList().size();
        boolean more = counted > COUNT_LIMIT;
        long total = Math.min(counted, COUNT_LIMIT);
        int pageCount = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int index = Math.max(0, Math.min(page, pageCount - 1));
        List<TreatmentCourse> courses = TreatmentCourse.<TreatmentCourse>find(
                        "select c from TreatmentCourse c join fetch c.patient" + filter + " order by c.startDate desc, c.id desc",
                        params)
                .page(Page.of(index, PAGE_SIZE)).list();
        return new CoursePage(courses, total, more, index, pageCount);
    }
}
