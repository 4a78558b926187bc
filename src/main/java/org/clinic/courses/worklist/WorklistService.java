package org.clinic.courses.worklist;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import org.clinic.courses.catalog.Drug;
import org.clinic.courses.catalog.DrugCatalog;
import org.clinic.courses.catalog.DrugDefinition;
import org.clinic.courses.course.ScheduleType;
import org.clinic.courses.course.TreatmentCourse;
import org.clinic.courses.dose.Administration;
import org.clinic.courses.dose.AdministrationStatus;
import org.clinic.courses.dose.DoseForm;
import org.clinic.courses.dose.SiteRotation;
import org.clinic.courses.ward.BedAssignment;
import org.clinic.courses.safety.Flag;
import org.clinic.courses.safety.FlagSeverity;
import org.clinic.courses.safety.FlagStatus;
import org.clinic.courses.web.FormErrors;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.*;
import java.util.stream.Collectors;

/**
 * Today's doses. Four statements whatever the number of courses: due courses with their patients,
 * the drug catalog, today's administrations of those courses, their critical flags. The first reads
 * only courses running today (index on the computed last day, V53), however many the clinic has had.
 */
@ApplicationScoped
public class WorklistService {
    public record Worklist(LocalDate today, List<WorklistRow> due, List<WorklistRow> complete) {
    }

    @Inject
    Clock clock;
    @Inject
    DrugCatalog catalog;

    /** Today's due courses, of one ward when {@code wardId} is given; each with the patient's current bed. */
    @Transactional
    public Worklist today(Long wardId) {
        LocalDate today = LocalDate.now(clock);
        var query = TreatmentCourse.getEntityManager().createQuery("select c, b.bed from TreatmentCourse c join fetch c.patient p "
                        + "left join BedAssignment b on b.patientId = p.id and b.endedAt is null "
                        + "where c.stoppedAt is null and c.signedOffAt is null and c.lastDay >= ?1 and c.startDate <= ?1 "
                        + (wardId == null ? "" : "and b.ward.id = ?2 ")
                        + "order by p.familyName, p.givenName, c.id", Object[].class)
                .setParameter(1, today);
        if (wardId != null) {
            query.setParameter(2, wardId);
        }
        Map<Long, String> beds = new HashMap<>();
        List<TreatmentCourse> courses = new ArrayList<>();
        for (Object[] r : query.getResultList()) {
            TreatmentCourse c = (TreatmentCourse) r[0];
            if (dueOn(c, today)) {
                courses.add(c);
                if (r[1] != null) beds.put(c.patient.id, (String) r[1]);
            }
        }
        List<WorklistRow> rows = rows(courses, today, null, FormErrors.NONE, null, beds, false);
        return new Worklist(today, rows.stream().filter(r -> !r.complete()).toList(),
                rows.stream().filter(WorklistRow::complete).toList());
    }

    /** One row again, after an htmx submission; {@code form} keeps what the nurse typed when it failed. */
    @Transactional
    public WorklistRow row(long courseId, DoseForm form, FormErrors errors, String message) {
        return row(courseId, form, errors, message, false);
    }

    /** As {@link #row}; {@code packRead} when the row shows what a scan filled in, before Give is tapped. */
    @Transactional
    public WorklistRow row(long courseId, DoseForm form, FormErrors errors, String message, boolean packRead) {
        List<Object[]> found = TreatmentCourse.getEntityManager().createQuery("select c, b.bed from TreatmentCourse c "
                + "join fetch c.patient p left join BedAssignment b on b.patientId = p.id and b.endedAt is null "
                + "where c.id = ?1", Object[].class).setParameter(1, courseId).getResultList();
        if (found.isEmpty()) {
            throw new NotFoundException();
        }
        TreatmentCourse course = (TreatmentCourse) found.get(0)[0];
        Map<Long, String> beds = found.get(0)[1] == null ? Map.of() : Map.of(course.patient.id, (String) found.get(0)[1]);
        return rows(List.of(course), LocalDate.now(clock), form, errors, message, beds, packRead).get(0);
    }

    static boolean dueOn(TreatmentCourse c, LocalDate day) {
        boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
        return c.covers(day) && !(c.schedule == ScheduleType.WEEKDAYS && weekend);
    }

    private List<WorklistRow> rows(List<TreatmentCourse> courses, LocalDate today, DoseForm form, FormErrors errors,
                                   String message, Map<Long, String> beds, boolean packRead) {
        if (courses.isEmpty()) {
            return List.of();
        }
        List<Long> ids = courses.stream().map(c -> c.id).toList();
        Instant start = today.atStartOfDay(clock.getZone()).toInstant();
        Instant end = today.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        // One statement for today's records and, for IM courses, the sites used before (for rotation).
        List<Administration> recent = Administration.<Administration>find("course.id in ?1 and voided = false "
                + "and ((administeredAt >= ?2 and administeredAt < ?3) or site is not null) order by administeredAt",
                ids, start, end).list();
        Map<Long, List<Administration>> given = recent.stream()
                .filter(a -> !a.administeredAt.isBefore(start) && a.administeredAt.isBefore(end))
                .collect(Collectors.groupingBy(a -> a.course.id));
        Map<Long, String> lastSite = new HashMap<>();
        recent.stream().filter(a -> a.site != null && a.status == AdministrationStatus.GIVEN)
                .forEach(a -> lastSite.put(a.course.id, a.site));
        Map<Long, List<Flag>> critical = Flag.<Flag>find("course.id in ?1 and severity = ?2 and status in ?3 order by raisedAt",
                        ids, FlagSeverity.CRITICAL, List.of(FlagStatus.OPEN, FlagStatus.ACKNOWLEDGED))
                .list().stream().collect(Collectors.groupingBy(f -> f.course.id));
        Map<String, DrugDefinition> drugs = catalog.all().stream()
                .collect(Collectors.toMap(d -> d.code, (Drug d) -> catalog.definitionOf(d), (a, b) -> a));
        Instant now = clock.instant();
        List<WorklistRow> rows = new ArrayList<>();
        for (TreatmentCourse c : courses) {
            DrugDefinition drug = drugs.get(c.drugCode);
            Optional<DrugDefinition.RouteLimit> limit = drug == null ? Optional.empty() : drug.route(c.route);
            List<String> sites = limit.map(DrugDefinition.RouteLimit::sites).orElse(List.of());
            DoseForm shown = form != null ? form : drug == null ? null
                    : DoseForm.prefill(c, drug, now, clock.getZone(), "/worklist", SiteRotation.next(sites, lastSite.get(c.id)));
            rows.add(new WorklistRow(c, drug == null ? c.drugCode : drug.name(), c.courseDayOf(today),
                    given.getOrDefault(c.id, List.of()), critical.getOrDefault(c.id, List.of()), sites,
                    limit.map(DrugDefinition.RouteLimit::diluents).orElse(List.of()),
                    shown, UUID.randomUUID().toString(), errors, message, beds.getOrDefault(c.patient.id, ""), packRead));
        }
        return rows;
    }
}
