package org.clinic.courses.audit;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
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
}
