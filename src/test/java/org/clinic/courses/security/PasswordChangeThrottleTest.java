package org.clinic.courses.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.clinic.courses.support.WebSession;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Pen-test finding: guesses of the current password on POST /account/password were not throttled
 * (12 wrong, then the right one changed it). They now count like failed logins of that account and
 * client, with the same growing wait and refusal; another client of the holder is not affected.
 */
@QuarkusTest
class PasswordChangeThrottleTest {

    @Test
    void guessesOfTheCurrentPasswordAreThrottledLikeLogins() {
        String name = LoginTest.newAccount(Role.NURSE);
        WebSession session = WebSession.loginAs(name, "correct-horse-battery");
        session.page("/account/password");
        for (int i = 0; i < 12; i++) {
            change(session, "10.78.0.1", "wrong-guess-" + i).then().statusCode(400);
        }
        change(session, "10.78.0.1", "correct-horse-battery").then().statusCode(400)
                .body(containsString("Too many wrong passwords"));
        assertTrue(QuarkusTransaction.requiringNew().call(() -> Passwords.matches("correct-horse-battery".toCharArray(),
                User.findByUsername(name).orElseThrow().passwordHash)), "the password is unchanged");
        assertEquals(5, QuarkusTransaction.requiringNew().call(() -> LoginFailure.count("username", name)),
                "the free failures are counted; attempts within the wait are refused unchecked");
        assertEquals(1, LoginTest.auditCount(name, "LOGIN_FAILURE"), "one audit row per account and window");

        change(session, "10.78.0.2", "correct-horse-battery").then().statusCode(303);
    }

    private static Response change(WebSession session, String client, String current) {
        return session.request().header("X-Forwarded-For", client)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8").formParam("csrf-token", session.csrf())
                .formParam("current", current).formParam("password", "amber-quartz-meadow-71")
                .formParam("repeat", "amber-quartz-meadow-71").post("/account/password");
    }
}
