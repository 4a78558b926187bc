package org.clinic.courses.web;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.clinic.courses.security.LoginFailure;
import org.clinic.courses.support.WebSession;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A NUL byte in a filter, a search or a login name is refused or treated as an unknown name: never
 * handed to the database, where PostgreSQL answers it with an error (the pen test's 500s; H2 let it through).
 */
@QuarkusTest
class NulCharacterTest {
    @Test
    void aNulInTheAddressIsA400ForTheApiAndThePages() {
        WebSession.apiPhysician().urlEncodingEnabled(false)
                .get("/api/reports/adverse-events?from=2026-01-01&to=2026-12-31&format=csv&drug=a%00b")
                .then().statusCode(400).header("Content-Security-Policy", notNullValue())
                .body("errors[0].field", is("query"));
        WebSession.admin().request().urlEncodingEnabled(false).get("/admin/audit?user=a%00b")
                .then().statusCode(400).header("X-Content-Type-Options", is("nosniff"))
                .body(containsString("NUL"));
        WebSession.nurse().request().urlEncodingEnabled(false).get("/patients?q=%00")
                .then().statusCode(400);
    }

    @Test
    void aNulInALoginNameIsAnUnknownNameStoredWithoutIt() {
        String name = "nul" + System.nanoTime() % 100000 + "\u0000x";
        String basic = Base64.getEncoder().encodeToString((name + ":some-password-1").getBytes(StandardCharsets.UTF_8));
        // A client address of its own (forwarding is trusted in the test profile): these failures must
        // not count against the shared test client's limit.
        String client = "198.51.100.210";
        RestAssured.given().header("X-Forwarded-For", client).header("Authorization", "Basic " + basic)
                .get("/api/flags").then().statusCode(401);

        var cookies = new io.restassured.filter.cookie.CookieFilter();
        String page = RestAssured.given().filter(cookies).header("X-Forwarded-For", client).get("/login").asString();
        var token = java.util.regex.Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"").matcher(page);
        assertTrue(token.find(), "the login form's token");
        RestAssured.given().filter(cookies).header("X-Forwarded-For", client).redirects().follow(false)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("j_username", name).formParam("j_password", "some-password-1")
                .formParam("csrf-token", token.group(1))
                .post("/j_security_check").then().statusCode(302).header("Location", containsString("error"));

        String stored = name.replace('\u0000', '\uFFFD');
        long counted = QuarkusTransaction.requiringNew().call(() -> LoginFailure.count("username", stored));
        assertTrue(counted >= 1, "the failures are counted under the name with U+FFFD: " + counted);
        long withNul = QuarkusTransaction.requiringNew().call(() -> LoginFailure.count("username", name));
        assertTrue(withNul == 0, "no name with a NUL is stored");
    }
}
