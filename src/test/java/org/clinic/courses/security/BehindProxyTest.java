package org.clinic.courses.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.clinic.courses.audit.AuditEvent;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Behind a TLS proxy (trusted: the local address in the test profile): Secure cookies, HSTS, the
 * Host header never in Location, and the audit records the client rather than the proxy.
 */
@QuarkusTest
class BehindProxyTest {

    @Test
    void overTlsTheCookiesAreSecureAndHstsIsSent() {
        Response page = RestAssured.given().header("X-Forwarded-Proto", "https").get("/login");
        // Secure cookies: the test client speaks plain HTTP to the "proxy", so it passes them on by hand.
        page.headers().getValues("Set-Cookie").forEach(c -> assertTrue(c.contains("Secure"), c));
        assertEquals("max-age=31536000; includeSubDomains", page.header("Strict-Transport-Security"));
        String token = SessionEndsEverywhereTest.token(page.asString());
        Response login = RestAssured.given().cookies(page.getCookies()).redirects().follow(false)
                .header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-For", "203.0.113.7").formParam("csrf-token", token)
                .formParam("j_username", "physician").formParam("j_password", "physician-demo").post("/j_security_check");
        List<String> cookies = login.then().statusCode(302).extract().headers().getValues("Set-Cookie");
        // over TLS the session cookie carries the __Host- prefix (HostCookiesTest)
        assertTrue(cookies.stream().anyMatch(c -> c.startsWith("__Host-tracker-session=")), cookies.toString());
        cookies.forEach(c -> assertTrue(c.contains("Secure"), "not Secure over TLS: " + c));
        assertFalse(login.header("Location").startsWith("http://"), login.header("Location"));
        assertTrue(QuarkusTransaction.requiringNew().call(() -> AuditEvent.count(
                "username = ?1 and action = 'LOGIN' and clientAddress = ?2", "physician", "203.0.113.7")) >= 1,
                "the audit recorded the proxy, not the client");
    }

    @Test
    void overPlainHttpThereIsNoHsts() {
        assertNull(RestAssured.given().get("/login").header("Strict-Transport-Security"));
    }

    @Test
    void theHostHeaderIsNeverReflectedIntoLocation() {
        Response r = RestAssured.given().redirects().follow(false).header("Host", "evil.example").get("/worklist");
        assertEquals(302, r.statusCode());
        assertFalse(r.header("Location").contains("evil.example"), r.header("Location"));
        Response forwarded = RestAssured.given().redirects().follow(false).header("X-Forwarded-Host", "evil.example")
                .get("/worklist");
        assertFalse(forwarded.header("Location").contains("evil.example"), forwarded.header("Location"));
    }
}
