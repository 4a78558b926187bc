package org.clinic.courses.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.filter.cookie.CookieFilter;
import io.restassured.response.ValidatableResponse;
import org.clinic.courses.audit.AuditEvent;
import org.clinic.courses.support.WebSession;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.*;

/**
 * Throttling instead of lock-out: an attacker cannot lock a nurse (or the admin) out, cannot
 * pre-lock an account before it exists, and learns nothing from timing. Clients are told apart
 * by X-Forwarded-For from the trusted local proxy (test profile).
 */
@QuarkusTest
class LoginThrottleTest {
    private static final AtomicInteger CLIENTS = new AtomicInteger(10);

    @Test
    void anAttackerCannotLockTheAdminOrANurseOut() {
        String attacker = newClient();
        String name = LoginTest.newAccount(Role.NURSE);
        for (int i = 0; i < 8; i++) {
            login(attacker, name, "wrong-" + i).header("Location", containsString("error"));
            login(attacker, "admin", "wrong-" + i).header("Location", containsString("error"));
        }
        login(newClient(), name, "correct-horse-battery").header("Location", not(containsString("error")));
        login(newClient(), "admin", "admin-demo").header("Location", not(containsString("error")));
        WebSession.api(name, "correct-horse-battery").get("/api/patients").then().statusCode(200);
    }

    @Test
    void theAttackersOwnAttemptsWaitLongerAndLonger() throws Exception {
        String attacker = newClient();
        String name = LoginTest.newAccount(Role.NURSE);
        for (int i = 0; i < 5; i++) {
            login(attacker, name, "wrong-" + i);
        }
        login(attacker, name, "wrong-within-the-wait"); // refused unchecked: not counted
        Thread.sleep(1_100);
        login(attacker, name, "wrong-5");
        Thread.sleep(2_100);
        login(attacker, name, "wrong-6");
        // Seven failures: the next attempt from this client waits 4 s, even with the right password.
        login(attacker, name, "correct-horse-battery").header("Location", containsString("error"));
        assertEquals(7, QuarkusTransaction.requiringNew().call(() -> LoginFailure.count("username", name)));
        assertEquals(1, LoginTest.auditCount(name, "LOGIN_FAILURE"), "one audit row per account and window");
    }

    @Test
    void failuresOnAnUnknownNameNeverThrottleTheAccountCreatedLater() {
        String client = newClient();
        String name = "future-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 8; i++) {
            login(client, name, "wrong-" + i);
        }
        WebSession.apiAdmin().body("{\"username\":\"" + name + "\",\"password\":\"correct-horse-battery\",\"role\":\"NURSE\"}")
                .post("/api/users").then().statusCode(201);
        login(client, name, "correct-horse-battery").header("Location", not(containsString("error")));
    }

    @Test
    void aSuccessResetsTheCount() {
        String client = newClient();
        String name = LoginTest.newAccount(Role.NURSE);
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 4; i++) {
                login(client, name, "wrong-" + i);
            }
            login(client, name, "correct-horse-battery").header("Location", not(containsString("error")));
        }
    }

    @Test
    void aClientOverItsLimitIsRefusedForTheWindow() {
        String client = newClient();
        for (int i = 0; i < 30; i++) {
            login(client, "nobody-" + i, "wrong");
        }
        login(client, "nurse", "nurse-demo").header("Location", containsString("error"));
        login(newClient(), "nurse", "nurse-demo").header("Location", not(containsString("error")));
    }

    @Test
    void unknownAndKnownUsernamesTakeTheSameTime() {
        String name = LoginTest.newAccount(Role.NURSE);
        long[] known = new long[5];
        long[] unknown = new long[5];
        for (int i = 0; i < 5; i++) {
            known[i] = timed(newClient(), name);
            unknown[i] = timed(newClient(), "nobody-" + UUID.randomUUID());
        }
        Arrays.sort(known);
        Arrays.sort(unknown);
        double ratio = (double) unknown[2] / known[2];
        assertTrue(ratio > 0.5 && ratio < 2, "median unknown " + unknown[2] / 1e6 + " ms, known " + known[2] / 1e6 + " ms");
    }

    private static long timed(String client, String username) {
        long start = System.nanoTime();
        login(client, username, "wrong-password");
        return System.nanoTime() - start;
    }

    private static String newClient() {
        int n = CLIENTS.incrementAndGet();
        return "10.0." + (n / 250) + "." + (n % 250 + 1);
    }

    static ValidatableResponse login(String client, String username, String password) {
        CookieFilter cookies = new CookieFilter();
        String token = SessionEndsEverywhereTest.token(RestAssured.given().filter(cookies).get("/login").asString());
        return RestAssured.given().filter(cookies).redirects().follow(false).header("X-Forwarded-For", client)
                .formParam("csrf-token", token).formParam("j_username", username).formParam("j_password", password)
                .post("/j_security_check").then().statusCode(302);
    }

    static long auditCount(String username, String action) {
        return QuarkusTransaction.requiringNew().call(() ->
                AuditEvent.count("username = ?1 and action = ?2", username, action));
    }
}
