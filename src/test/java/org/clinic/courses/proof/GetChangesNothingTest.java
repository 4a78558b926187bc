package org.clinic.courses.proof;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.clinic.courses.proof.AccessTable.Access;
import org.clinic.courses.proof.AccessTable.Who;
import org.clinic.courses.support.WebSession;
import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No GET changes anything: every GET endpoint (pages and API, from the reflection list), called by
 * every role allowed, leaves every clinical and admin table and the audit log as they were, row by
 * row. Decided: flags are compared too. Flag evaluation is derived state, but it runs when a record
 * changes or in the nightly job, never on a read; a read that re-judged would show here. Audit rows
 * that reads write by design (login, logout, refused access, exports) are left out (DbSnapshot).
 */
@QuarkusTest
class GetChangesNothingTest {

    @Test
    void everyGetLeavesTheDatabaseAsItWas() throws Exception {
        ProofFixtures f = ProofFixtures.create();
        Map<Who, WebSession> sessions = new EnumMap<>(Who.class);
        Map<String, String> before = DbSnapshot.all();
        int calls = 0;
        for (String endpoint : Endpoints.discovered()) {
            if (!endpoint.startsWith("GET ")) continue;
            Access access = AccessTable.ALL.stream().filter(a -> a.endpoint().equals(endpoint)).findFirst()
                    .orElseThrow(() -> new AssertionError(endpoint + " has no entry in AccessTable"));
            for (Who who : access.allowed()) {
                String path = f.path(access.call());
                Response r = access.api() ? api(who).get(path)
                        : sessions.computeIfAbsent(who, AccessMatrixTest::login).request().get(path);
                assertTrue(r.statusCode() < 400, endpoint + " as " + who + " → " + r.statusCode());
                calls++;
            }
        }
        assertTrue(calls > 40, "too few reads: " + calls);
        assertEquals(before, DbSnapshot.all(), "a GET changed the database");
    }

    private static io.restassured.specification.RequestSpecification api(Who who) {
        return switch (who) {
            case NURSE -> WebSession.apiNurse();
            case PHYSICIAN -> WebSession.apiPhysician();
            case ADMIN -> WebSession.apiAdmin();
            case ANONYMOUS -> io.restassured.RestAssured.given();
        };
    }
}
