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

    /**
     * The first {@link #LIMIT} non-voided matching events, by onset then id, with course and patient,
     * each under the report id the exports give it: the case id once sent, else the one it will get.
     */
    public List<Row> rows(ReportFilter filter) {
        // the settings row rides along in the same statement: the preview stays at one query for its rows
        List<Object[]> found = ReportQuery.bind(em.createQuery("select e, rc.caseId, s.country, s.senderId from AdverseEvent e"
                + " join fetch e.course c join fetch c.patient left join ReportCase rc on rc.courseId = c.id"
                + " left join ClinicSettings s on s.id = 1 where e.voided = false and" + ReportQuery.conditions(filter) + " order by e.observedOn, e.id",
                Object[].class), filter).setMaxResults(LIMIT).getResultList();
        return found.stream().map(r -> {
            AdverseEvent e = (AdverseEvent) r[0];
            String prefix = new ReportContext(null, (String) r[2], null, null, (String) r[3], null, null).caseIdPrefix();
            String caseId = r[1] == null ? prefix + "-" + e.course.id : (String) r[1];
            return new Row(caseId + "-AE" + e.id, e.observedOn, e.courseDay, e.course.patient.mrn,
                    e.course.patient.initials(), e.course.drugCode, e.term, e.grade, e.serious,
                    ReportText.words(e.outcome), ReportText.words(e.causality));
        }).toList();
    }
}
