package org.clinic.courses.signal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.clinic.courses.dose.AdministrationStatus;
import org.clinic.courses.signal.SignalInput.DrugExposure;
import org.clinic.courses.signal.SignalInput.Event;
import org.clinic.courses.signal.SignalInput.LotExposure;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Loads the safety view's counts for a period in three statements, whatever the clinic's size:
 * given doses by drug, given doses by drug and lot (both counted in the database), and the period's
 * side effects, each with the lot given on its course day.
 */
@ApplicationScoped
public class SignalQueries {
    private static final String GIVEN_IN_PERIOD = " from Administration a join a.course c where a.status = :given"
            + " and a.voided = false and a.administeredAt >= :from and a.administeredAt < :to";

    @Inject
    EntityManager em;
    @Inject
    Clock clock;

    public List<DrugExposure> drugs(LocalDate from, LocalDate to, String drug) {
        return doses("select c.drugCode, count(distinct c.id), count(a.id)", " group by c.drugCode", from, to, drug)
                .stream().map(r -> new DrugExposure((String) r[0], (Long) r[1], (Long) r[2])).toList();
    }

    public List<LotExposure> lots(LocalDate from, LocalDate to, String drug) {
        return doses("select c.drugCode, a.lotNumber, count(a.id), count(distinct c.id)",
                " group by c.drugCode, a.lotNumber", from, to, drug)
                .stream().map(r -> new LotExposure((String) r[0], (String) r[1], (Long) r[2], (Long) r[3])).toList();
    }

    public List<Event> events(LocalDate from, LocalDate to, String drug) {
        TypedQuery<Object[]> q = em.createQuery("select c.drugCode, e.term, c.id, e.observedOn, e.serious,"
                + " (select max(a.lotNumber) from Administration a where a.course = c and a.courseDay = e.courseDay"
                + " and a.status = :given and a.voided = false)"
                + " from AdverseEvent e join e.course c where e.voided = false and e.observedOn >= :from"
                + " and e.observedOn <= :to" + (drug == null ? "" : " and c.drugCode = :drug"), Object[].class)
                .setParameter("given", AdministrationStatus.GIVEN).setParameter("from", from).setParameter("to", to);
        if (drug != null) q.setParameter("drug", drug);
        return q.getResultList().stream().map(r -> new Event((String) r[0], (String) r[1], (Long) r[2], (LocalDate) r[3],
                (Boolean) r[4], (String) r[5])).toList();
    }

    private List<Object[]> doses(String select, String groupBy, LocalDate from, LocalDate to, String drug) {
        TypedQuery<Object[]> q = em.createQuery(select + GIVEN_IN_PERIOD + (drug == null ? "" : " and c.drugCode = :drug")
                        + groupBy, Object[].class)
                .setParameter("given", AdministrationStatus.GIVEN).setParameter("from", start(from))
                .setParameter("to", start(to.plusDays(1)));
        if (drug != null) q.setParameter("drug", drug);
        return q.getResultList();
    }

    private Instant start(LocalDate day) {
        return day.atStartOfDay(clock.getZone()).toInstant();
    }
}
