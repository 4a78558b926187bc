package org.clinic.courses.safety;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

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

    /** The navigation counts open flags up to this many of each severity and says "1000+" beyond it. */
    public static final int BADGE_LIMIT = 1000;

    /**
     * Open critical and warning flags, each counted up to {@link #BADGE_LIMIT} + 1 in one statement, so
     * the count every page shows costs the same with 10 open flags as with 10,000.
     */
    public Map<FlagSeverity, Long> openCounts() {
        Map<FlagSeverity, Long> counts = new LinkedHashMap<>();
        StringJoiner perSeverity = new StringJoiner(" union all ");
        for (FlagSeverity severity : List.of(FlagSeverity.CRITICAL, FlagSeverity.WARNING)) {
            perSeverity.add("select '" + severity + "', count(*) from (select 1 from flag where status = 'OPEN' and severity = '"
                    + severity + "' fetch first " + (BADGE_LIMIT + 1) + " rows only) open_" + severity);
        }
        List<?> rows = em.createNativeQuery(perSeverity.toString()).getResultList();
        for (Object row : rows) {
            Object[] cells = (Object[]) row;
            counts.put(FlagSeverity.valueOf(String.valueOf(cells[0]).trim()), ((Number) cells[1]).longValue());
        }
        return counts;
    }
}
