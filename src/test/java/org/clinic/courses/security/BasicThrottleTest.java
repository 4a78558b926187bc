package org.clinic.courses.security;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Pen-test finding: HTTP Basic answered 200 to a throttled client when the right password had been
 * used over Basic before, because the remembered credential answered before the throttle was asked.
 */
@QuarkusTest
class BasicThrottleTest {
    private static final AtomicInteger CLIENTS = new AtomicInteger();

    @Test
    void aThrottledAccountAndClientIsRefusedEvenWithARememberedPassword() {
        String client = newClient();
        String name = LoginTest.newAccount(Role.NURSE);
        basic(client, name, "correct-horse-battery", 200);
        for (int i = 0; i < 7; i++) {
            basic(client, name, "wrong-" + i, 401);
        }
        basic(client, name, "correct-horse-battery", 401);
        basic(newClient(), name, "correct-horse-battery", 200);
    }

    @Test
    void aClientOverItsLimitIsRefusedEvenWithARememberedPassword() {
        String client = newClient();
        String name = LoginTest.newAccount(Role.NURSE);
        basic(client, name, "correct-horse-battery", 200);
        for (int i = 0; i < 30; i++) {
            basic(client, "nobody-" + i, "wrong", 401);
        }
        basic(client, name, "correct-horse-battery", 401);
        basic(newClient(), name, "correct-horse-battery", 200);
    }

    private static void basic(String client, String username, String password, int status) {
        RestAssured.given().auth().preemptive().basic(username, password).header("X-Forwarded-For", client)
                .get("/api/patients").then().statusCode(status);
    }

    private static String newClient() {
        int n = CLIENTS.incrementAndGet();
        return "10.77." + (n / 250) + "." + (n % 250 + 1);
    }
}
