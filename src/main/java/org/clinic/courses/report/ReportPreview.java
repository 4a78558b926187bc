package org.clinic.courses.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.clinic.courses.adverse.AdverseEvent;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the report page shows before a download: the drugs to choose from, the patient a search
 * names, and the first matching adverse events. One statement each, whatever the data size.
 */
@ApplicationScoped
public class ReportPreview {
    public static final int LIMIT = 200;

    public record DrugOption(String code, String name) {
    }

    public record Row(String reportId, LocalDate onset, int courseDay, String mrn, String initials, String drug,
                      String term, int grade, boolean serious, String outcome, String causality) {
    }

    @Inject
    EntityManager em;

    public List<DrugOption> drugs() {
        return em.createQuery("select new org.clinic.courses.report.ReportPreview$DrugOption(d.code, d.name)"
                + " from Drug d order by d.name", DrugOption.class).getResultList();
    }

    /** The patient an MRN (any case) or, failing that, an id names. */
    public Optional<Long> patient(String idOrMrn) {
        String text = idOrMrn.strip();
        long id;
        try {
            id = Long.parseLong(text);
        } catch (NumberFormatException e) {
            id = -1;
        }
        List<Object[]> found = em.createQuery("select p.id, p.mrn from Patient p where upper(p.mrn) = :mrn"
                        + " or p.id = :id", Object[].class)
                .setParameter("mrn", text.toUpperCase(Locale.ROOT)).setParameter("id", id).getResultList();
        return found.stream().filter(r -> ((String) r[1]).equalsIgnoreCase(text)).findFirst()
                .or(() -> found.stream().findFirst()).map(r -> (Long) r[0]);
    }

    /** The first {@link #LIMIT} non-voided matching events, by onset then id, with course and patient. */
    public List<Row> rows(ReportFilter filter) {
        List<AdverseEvent> events = ReportQuery.bind(em.createQuery("select e from AdverseEvent e"
                + " join fetch e.course c join fetch c.patient where e.voided = false and"
                + ReportQuery.conditions(filter) + " order by e.observedOn, e.id", AdverseEvent.class), filter)
                .setMaxResults(LIMIT).getResultList();
        return events.stream().map(e -> new Row("CT-" + e.id, e.observedOn, e.courseDay, e.course.patient.mrn,
                e.course.patient.initials(), e.course.drugCode, e.term, e.grade, e.serious,
                ReportText.words(e.outcome), ReportText.words(e.causality))).toList();
    }
}
