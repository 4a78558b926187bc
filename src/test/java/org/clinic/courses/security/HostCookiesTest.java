package org.clinic.courses.security;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Over TLS (here: the trusted local proxy says https) the session, ticket and pre-session cookies are
 * {@code __Host-} cookies (Secure, Path=/, no Domain) and a cookie without the prefix is not taken;
 * over plain HTTP the names stay as they were.
 */
@QuarkusTest
class HostCookiesTest {

    @Test
    void overTlsTheCookiesCarryTheHostPrefixAndTheLoginWorksWithThem() {
        Response page = RestAssured.given().header("X-Forwarded-Proto", "https").get("/login");
        List<String> preLogin = page.headers().getValues("Set-Cookie");
        assertTrue(preLogin.stream().anyMatch(c -> c.startsWith("__Host-tracker-presession=")), preLogin.toString());
        preLogin.forEach(HostCookiesTest::assertHostCookie);
        Response login = RestAssured.given().cookies(page.getCookies()).redirects().follow(false)
                .header("X-Forwarded-Proto", "https")
                .formParam("csrf-token", SessionEndsEverywhereTest.token(page.asString()))
                .formParam("j_username", "nurse").formParam("j_password", "nurse-demo").post("/j_security_check");
        List<String> set = login.then().statusCode(302).extract().headers().getValues("Set-Cookie");
        assertFalse(login.header("Location").contains("error"), login.header("Location"));
        assertTrue(set.stream().anyMatch(c -> c.startsWith("__Host-tracker-session=")), set.toString());
        assertTrue(set.stream().anyMatch(c -> c.startsWith("__Host-tracker-session-id=")), set.toString());
        set.stream().filter(c -> c.contains("tracker-")).forEach(HostCookiesTest::assertHostCookie);

        Map<String, String> cookies = login.getCookies();
        RestAssured.given().cookies(cookies).redirects().follow(false).header("X-Forwarded-Proto", "https")
                .get("/worklist").then().statusCode(200);

        // The same values without the prefix (a cookie a neighbouring subdomain could plant) are not taken.
        Map<String, String> plain = new java.util.HashMap<>();
        cookies.forEach((k, v) -> plain.put(k.replace(HostCookies.PREFIX, ""), v));
        RestAssured.given().cookies(plain).redirects().follow(false).header("X-Forwarded-Proto", "https")
                .get("/worklist").then().statusCode(302);
    }

    @Test
    void overPlainHttpTheNamesStay() {
        List<String> set = RestAssured.given().get("/login").headers().getValues("Set-Cookie");
        assertTrue(set.stream().anyMatch(c -> c.startsWith("tracker-presession=")), set.toString());
        assertTrue(set.stream().noneMatch(c -> c.startsWith("__Host-")), set.toString());
    }

    private static void assertHostCookie(String c) {
        if (!c.startsWith("__Host-")) return;
        assertTrue(c.contains("Secure"), c);
        assertTrue(c.contains("Path=/"), c);
        assertFalse(c.toLowerCase().contains("domain="), c);
    }
}
