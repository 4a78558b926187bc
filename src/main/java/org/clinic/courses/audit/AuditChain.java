package org.clinic.courses.audit;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Seals audit rows into a hash chain, and verifies it. Rows are sealed a few seconds after they
 * are written, in id order, by whichever instance holds the chain's lock: clinical transactions
 * never wait for it. A row that commits after a later one was sealed stays unsealed and is
 * reported by {@link #verify}.
 */
@ApplicationScoped
public class AuditChain {
    /** Transactions are shorter than this: a row older than it is committed or never will be. */
    static final Duration SETTLE = Duration.ofSeconds(5);
    private static final int BATCH = 500;

    @Inject
    EntityManager em;
    @Inject
    Clock clock;

    public record Verification(long sealedRows, boolean intact, Long firstBrokenId, long unsealedRows) {
    }

    @Scheduled(every = "10s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sealOnSchedule() {
        seal(Instant.now(clock).minus(SETTLE));
    }

    /** Seals the rows written before {@code settledBefore}; returns how many. */
    public int seal(Instant settledBefore) {
        return QuarkusTransaction.requiringNew().call(() -> {
            AuditChainHead head = em.find(AuditChainHead.class, 1, LockModeType.PESSIMISTIC_WRITE);
            List<AuditEvent> rows = em.createQuery("from AuditEvent e where e.id > :last and e.occurredAt < :before "
                            + "order by e.id", AuditEvent.class)
                    .setParameter("last", head.lastId).setParameter("before", settledBefore)
                    .setMaxResults(BATCH).getResultList();
            for (AuditEvent row : rows) {
                String hash = ChainHash.of(head.lastHash, row);
                em.persist(new AuditSeal(row.id, hash));
                head.lastId = row.id;
                head.lastHash = hash;
            }
            return rows.size();
        });
    }

    /** Recomputes every seal in order; the first row whose seal does not match was edited, or one before it removed. */
    public Verification verify() {
        return QuarkusTransaction.requiringNew().call(() -> {
            AuditChainHead head = em.find(AuditChainHead.class, 1);
            String previous = "genesis";
            long sealed = 0;
            long afterId = 0;
            while (true) {
                List<Object[]> page = em.createQuery("select e, s.chainHash from AuditEvent e, AuditSeal s "
                                + "where s.eventId = e.id and e.id > :after order by e.id", Object[].class)
                        .setParameter("after", afterId).setMaxResults(BATCH).getResultList();
                if (page.isEmpty()) {
                    break;
                }
                for (Object[] pair : page) {
                    AuditEvent e = (AuditEvent) pair[0];
                    String expected = ChainHash.of(previous, e);
                    if (!expected.equals(pair[1])) {
                        return new Verification(sealed, false, e.id, unsealed(head.lastId));
                    }
                    previous = expected;
                    afterId = e.id;
                    sealed++;
                }
                em.clear();
            }
            boolean tailKept = previous.equals(head.lastHash);
            return new Verification(sealed, tailKept, tailKept ? null : afterId + 1, unsealed(head.lastId));
        });
    }

    private long unsealed(long lastSealedId) {
        return em.createQuery("select count(e) from AuditEvent e where e.id <= :last and not exists "
                + "(select 1 from AuditSeal s where s.eventId = e.id)", Long.class)
                .setParameter("last", lastSealedId).getSingleResult();
    }
}
