package org.clinic.courses.audit;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Seals audit rows into a hash chain, and verifies it. Rows are sealed a few seconds after they
 * are written, in id order, by whichever instance holds the chain's lock: clinical transactions
 * never wait for it. A row that commits after a later one was sealed stays unsealed and is
 * reported by {@link #verify}. Each pass that seals rows logs the new head: kept outside the
 * database (the app's log), it is the anchor that shows the newest rows were removed together with
 * a rewind of the head, which the chain alone cannot (docs/audit.md).
 */
@ApplicationScoped
public class AuditChain {
    /** Transactions are shorter than this: a row older than it is committed or never will be. */
    static final Duration SETTLE = Duration.ofSeconds(5);
    private static final int BATCH = 500;
    private static final Logger LOG = Logger.getLogger(AuditChain.class);

    @Inject
    EntityManager em;
    @Inject
    Clock clock;

    /** @param anchor for a verify against a logged head: "matches", "differs" or "missing"; null when none was given */
    public record Verification(long sealedRows, boolean intact, Long firstBrokenId, long unsealedRows, String anchor) {
    }

    /** A head the log printed: the seal row {@code id} must still carry {@code hash}. */
    public record Anchor(long id, String hash) {
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
            if (!rows.isEmpty()) {
                LOG.infof("Audit chain sealed up to row %d: %s", head.lastId, head.lastHash);
            }
            return rows.size();
        });
    }

    /** Recomputes every seal in order; the first row whose seal does not match was edited, or one before it removed. */
    public Verification verify() {
        return verify(null);
    }

    /** As {@link #verify()}, and the chain must still pass through {@code anchor} (a head taken from the log). */
    public Verification verify(Anchor anchor) {
        Verification chain = recompute();
        if (anchor == null) {
            return chain;
        }
        String stored = QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                        "select s.chainHash from AuditSeal s where s.eventId = :id", String.class)
                .setParameter("id", anchor.id()).getResultStream().findFirst().orElse(null));
        String result = stored == null ? "missing" : stored.equalsIgnoreCase(anchor.hash()) ? "matches" : "differs";
        boolean intact = chain.intact() && result.equals("matches");
        Long broken = chain.firstBrokenId() != null ? chain.firstBrokenId() : intact ? null : anchor.id();
        return new Verification(chain.sealedRows(), intact, broken, chain.unsealedRows(), result);
    }

    private Verification recompute() {
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
                        return new Verification(sealed, false, e.id, unsealed(head.lastId), null);
                    }
                    previous = expected;
                    afterId = e.id;
                    sealed++;
                }
                em.clear();
            }
            boolean tailKept = previous.equals(head.lastHash);
            return new Verification(sealed, tailKept, tailKept ? null : afterId + 1, unsealed(head.lastId), null);
        });
    }

    private long unsealed(long lastSealedId) {
        return em.createQuery("select count(e) from AuditEvent e where e.id <= :last and not exists "
                + "(select 1 from AuditSeal s where s.eventId = e.id)", Long.class)
                .setParameter("last", lastSealedId).getSingleResult();
    }
}
