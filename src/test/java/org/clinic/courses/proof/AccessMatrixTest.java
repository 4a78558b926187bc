package org.clinic.courses.proof;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.clinic.courses.proof.AccessTable.Access;
import org.clinic.courses.proof.AccessTable.Who;
import org.clinic.courses.support.WebSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every endpoint of the app (found by reflection) times anonymous, NURSE, PHYSICIAN and ADMIN,
 * against {@link AccessTable}. An endpoint missing from the table fails {@link #everyEndpointHasAnEntry}.
 */
@QuarkusTest
class AccessMatrixTest {
    private static ProofFixtures fixtures;
    private static final Map<Who, WebSession> sessions = new EnumMap<>(Who.class);

    @Test
    void everyEndpointHasAnEntry() throws Exception {
        Set<String> discovered = Endpoints.discovered();
        Set<String> table = AccessTable.ALL.stream().map(Access::endpoint).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(AccessTable.ALL.size(), table.size(), "an endpoint is listed twice");
        assertTrue(discovered.size() > 60, "reflection found too little: " + discovered);
        assertEquals(table, discovered, "the access table and the app's endpoints differ");
    }

    static List<Access> endpoints() {
        return AccessTable.ALL;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void eachRoleGetsWhatTheRoleTableSays(Access access) {
        if (fixtures == null) {
            fixtures = ProofFixtures.create();
        }
        for (Who who : Who.values()) {
            Response r = call(access, who);
            int status = r.statusCode();
            String what = access.endpoint() + " as " + who + " → " + status;
            assertTrue(status < 500, what + ": " + r.asString());
            if (access.allowed().contains(who)) {
                assertTrue(status != 401 && status != 403 && status != 404, what + " but it is allowed: " + r.asString());
                if (who == Who.ANONYMOUS) {
                    assertTrue(status != 302 || !r.header("Location").contains("/login"), what + " sent to login");
                }
            } else if (who != Who.ANONYMOUS) {
                assertEquals(403, status, what + " but it is not allowed");
            } else if (access.api()) {
                assertEquals(401, status, what);
            } else {
                assertEquals(302, status, what);
                assertTrue(r.header("Location").endsWith("/login"), what + " to " + r.header("Location"));
            }
        }
    }

    private static Response call(Access access, Who who) {
        String path = fixtures.path(access.call());
        String method = access.method();
        if (access.api()) {
            RequestSpecification spec = switch (who) {
                case ANONYMOUS -> RestAssured.given().contentType("application/json");
                case NURSE -> WebSession.apiNurse();
                case PHYSICIAN -> WebSession.apiPhysician();
                case ADMIN -> WebSession.apiAdmin();
            };
            return method.equals("GET") ? spec.get(path) : spec.body("{}").request(method, path);
        }
        WebSession session = path.equals("/logout") ? ownAccount(who) : sessions.computeIfAbsent(who, AccessMatrixTest::login);
        return method.equals("GET") ? session.request().get(path) : session.postForm(path);
    }

    /** Logout ends every session of its account: log out from an account of the role made for it. */
    private static WebSession ownAccount(Who who) {
        if (who == Who.ANONYMOUS) {
            return login(who);
        }
        String name = "logout-" + who.name().toLowerCase() + "-" + java.util.UUID.randomUUID().toString().substring(0, 6);
        WebSession.apiAdmin().body("{\"username\":\"" + name + "\",\"password\":\"long-enough-password\",\"role\":\""
                + who + "\"}").post("/api/users").then().statusCode(201);
        WebSession.choosePasswordAtFirstLogin(name, "long-enough-password", "own-chosen-lighthouse-8");
        WebSession s = WebSession.loginAs(name, "own-chosen-lighthouse-8");
        s.csrfFrom("/login");
        return s;
    }

    static WebSession login(Who who) {
        WebSession s = switch (who) {
            case ANONYMOUS -> WebSession.anonymous();
            case NURSE -> WebSession.nurse();
            case PHYSICIAN -> WebSession.physician();
            case ADMIN -> WebSession.admin();
        };
        s.csrfFrom("/login");
        return s;
    }
}
