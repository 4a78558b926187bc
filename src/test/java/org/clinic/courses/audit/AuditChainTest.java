package org.clinic.courses.audit;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.clinic.courses.support.WebSession;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.*;

/** The audit trail is tamper-evident: editing a sealed row is found by the verify endpoint. */
@QuarkusTest
class AuditChainTest {
    @Inject
    AuditChain chain;
    @Inject
    AuditLog audit;
    @Inject
    EntityManager em;

    @Test
    void anEditedRowBreaksTheChainAtThatRow() {
        long id = QuarkusTransaction.requiringNew().call(() ->
                audit.write("someone", "TEST_EVENT", "Patient", 1L, "original detail", "192.0.2.1").id);
        QuarkusTransaction.requiringNew().run(() -> audit.write("someone", "TEST_EVENT", "Patient", 2L, "later", null));
        chain.seal(Instant.now().plusSeconds(1));
        WebSession.apiAdmin().get("/api/audit/verify").then().statusCode(200).body("intact", is(true));
        assertTrue(chain.verify().sealedRows() >= 2);

        QuarkusTransaction.requiringNew().run(() ->
                AuditEvent.update("detail = 'rewritten' where id = ?1", id));
        AuditChain.Verification after = chain.verify();
        assertFalse(after.intact());
        assertEquals(id, after.firstBrokenId());
        WebSession.apiAdmin().get("/api/audit/verify").then().statusCode(200).body("intact", is(false));
        WebSession.apiNurse().get("/api/audit/verify").then().statusCode(403);

        QuarkusTransaction.requiringNew().run(() -> AuditEvent.update("detail = 'original detail' where id = ?1", id));
        assertTrue(chain.verify().intact(), "restoring the row restores the chain");
    }

    @Test
    void removingTheNewestRowsAndRewindingTheHeadShowsAgainstTheLoggedHead() {
        long first = QuarkusTransaction.requiringNew().call(() ->
                audit.write("someone", "TEST_EVENT", "Patient", 3L, "kept", null).id);
        long newest = QuarkusTransaction.requiringNew().call(() ->
                audit.write("someone", "TEST_EVENT", "Patient", 4L, "to be removed", null).id);
        chain.seal(Instant.now().plusSeconds(1));
        AuditChainHead logged = head();
        assertEquals(newest, logged.lastId);

        // One database role may do this: remove the newest row with its seal and rewind the head.
        QuarkusTransaction.requiringNew().run(() -> {
            String kept = em.find(AuditSeal.class, first).chainHash;
            em.remove(em.find(AuditSeal.class, newest));
            em.remove(em.find(AuditEvent.class, newest));
            AuditChainHead head = em.find(AuditChainHead.class, 1);
            head.lastId = first;
            head.lastHash = kept;
        });
        assertTrue(chain.verify().intact(), "the chain alone cannot show a cut at its end");

        WebSession.apiAdmin().queryParam("anchorId", logged.lastId).queryParam("anchorHash", logged.lastHash)
                .get("/api/audit/verify").then().statusCode(200)
                .body("intact", is(false)).body("anchor", is("missing"));
        WebSession.apiAdmin().queryParam("anchorId", first).queryParam("anchorHash", "ab".repeat(32))
                .get("/api/audit/verify").then().statusCode(200)
                .body("intact", is(false)).body("anchor", is("differs"));
        WebSession.apiAdmin().queryParam("anchorId", "x").queryParam("anchorHash", "nothex")
                .get("/api/audit/verify").then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItems("anchorId", "anchorHash"));
    }

    @Test
    void aHeadFromTheLogMatchesAnIntactChain() {
        QuarkusTransaction.requiringNew().run(() -> audit.write("someone", "TEST_EVENT", "Patient", 5L, "x", null));
        chain.seal(Instant.now().plusSeconds(1));
        AuditChainHead h = head();
        WebSession.apiAdmin().queryParam("anchorId", h.lastId).queryParam("anchorHash", h.lastHash)
                .get("/api/audit/verify").then().statusCode(200)
                .body("intact", is(true)).body("anchor", is("matches"));
    }

    private AuditChainHead head() {
        return QuarkusTransaction.requiringNew().call(() -> {
            AuditChainHead h = em.find(AuditChainHead.class, 1);
            em.detach(h);
            return h;
        });
    }
}
