package org.clinic.courses.safety;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Lists flags across the clinic (review queue, GET /api/flags): one statement, course and patient fetched with it. */
@ApplicationScoped
public class FlagSearch {
    @Inject
    EntityManager em;
    @Inject
    Clock clock;

    public List<Flag> find(FlagFilter filter) {
        Map<String, Object> params = new LinkedHashMap<>();
        String jpql = "select f from Flag f join fetch f.course c join fetch c.patient p" + where(filter, params)
                + " order by f.raisedAt desc, f.id desc";
        TypedQuery<Flag> query = em.createQuery(jpql, Flag.class);
        params.forEach(query::setParameter);
        return query.setFirstResult(filter.offset()).setMaxResults(filter.limit()).getResultList();
    }

    /** How many flags the filter matches, by severity and by status (the queue's labelled counts): one grouped count. */
    public FlagQueueCounts counts(FlagFilter filter) {
        Map<String, Object> params = new LinkedHashMap<>();
        TypedQuery<Object[]> query = em.createQuery("select f.severity, f.status, count(f) from Flag f join f.course c"
                + where(filter, params) + " group by f.severity, f.status", Object[].class);
        params.forEach(query::setParameter);
        return FlagQueueCounts.of(query.getResultList());
    }

    private String where(FlagFilter filter, Map<String, Object> params) {
        StringBuilder jpql = new StringBuilder(" where 1 = 1");
        if (!filter.statuses().isEmpty()) {
            jpql.append(" and f.status in :statuses");
            params.put("statuses", filter.statuses());
        }
        if (filter.severity() != null) {
            jpql.append(" and f.severity = :severity");
            params.put("severity", filter.severity());
        }
        if (filter.code() != null) {
            jpql.append(" and f.code = :code");
            params.put("code", filter.code());
        }
        if (filter.courseId() != null) {
            jpql.append(" and c.id = :courseId");
            params.put("courseId", filter.courseId());
        }
        if (filter.from() != null) {
            jpql.append(" and f.raisedAt >= :from");
            params.put("from", filter.from().atStartOfDay(clock.getZone()).toInstant());
        }
        if (filter.to() != null) {
            jpql.append(" and f.raisedAt < :to");
            params.put("to", filter.to().plusDays(1).atStartOfDay(clock.getZone()).toInstant());
        }
        return jpql.toString();
    }

    /** Open flags by severity, for the navigation: one grouped count. */
    public Map<FlagSeverity, Long> openCounts() {
        Map<FlagSeverity, Long> counts = new LinkedHashMap<>();
        em.createQuery("select f.severity, count(f) from Flag f where f.status = :open group by f.severity", Object[].class)
                .setParameter("open", FlagStatus.OPEN).getResultList()
                .forEach(r -> counts.put((FlagSeverity) r[0], (Long) r[1]));
        return counts;
    }
}
