package org.clinic.courses.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.filter.cookie.CookieFilter;
import io.restassured.response.Response;
import org.clinic.courses.course.Route;
import org.clinic.courses.safety.Flag;
import org.clinic.courses.safety.FlagCode;
import org.clinic.courses.safety.FlagStatus;
import org.clinic.courses.support.DoseFixtures;
import org.clinic.courses.support.WebSession;
import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.*;

/**
 * CSRF whatever the content type (bodiless, text/plain, JSON through the cookie session), the token
 * bound to the session and rotated at login, and login CSRF on /j_security_check.
 */
@QuarkusTest
class CsrfEverywhereTest {
    private static final Pattern TOKEN = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    @Test
    void bodilessTextAndJsonPostsWithoutTheTokenChangeNothing() {
        long flag = DoseFixtures.flag(DoseFixtures.activeCourse(Route.IV_INFUSION, "30"), FlagCode.CONTRAINDICATION,
                FlagStatus.OPEN);
        WebSession physician = WebSession.physician();
        String path = "/flags/" + flag + "/acknowledge";
        assertRefused(physician.request().post(path), "bodiless");
        assertRefused(physician.request().contentType("text/plain").body("note=x").post(path), "text/plain");
        assertRefused(physician.request().contentType("application/json").body("{\"note\":\"x\"}").post(path), "JSON");
        assertRefused(physician.request().header("X-CSRF-TOKEN", "forged").post(path), "forged header");
        assertEquals(FlagStatus.OPEN, status(flag), "a refused request acknowledged the flag");

        physician.request().contentType("application/x-www-form-urlencoded").header("X-CSRF-TOKEN", physician.csrf())
                .formParam("note", "seen").post(path).then().statusCode(303);
        assertEquals(FlagStatus.ACKNOWLEDGED, status(flag), "the control: with its token the same post works");
    }

    @Test
    void bodilessLogoutIsRefusedAndTheSessionStays() {
        WebSession nurse = WebSession.nurse();
        assertRefused(nurse.request().post("/logout"), "bodiless logout");
        assertRefused(nurse.request().contentType("text/plain").body("").post("/logout"), "text/plain logout");
        nurse.request().get("/worklist").then().statusCode(200);
    }

    @Test
    void aCrossSitePostIsRefusedEvenWithTheToken() {
        WebSession nurse = WebSession.nurse();
        Response r = nurse.request().header("Sec-Fetch-Site", "cross-site").contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", nurse.csrf()).post("/logout");
        assertRefused(r, "Sec-Fetch-Site cross-site");
        Response o = nurse.request().header("Origin", "https://evil.example").contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", nurse.csrf()).post("/logout");
        assertRefused(o, "foreign Origin");
        nurse.request().get("/worklist").then().statusCode(200);
    }

    @Test
    void theTokenRotatesAtLoginAndDiffersPerSession() {
        CookieFilter cookies = new CookieFilter();
        String before = token(RestAssured.given().filter(cookies).get("/login").asString());
        RestAssured.given().filter(cookies).redirects().follow(false).formParam("csrf-token", before)
                .formParam("j_username", "nurse").formParam("j_password", "nurse-demo").post("/j_security_check")
                .then().statusCode(302).header("Location", not(containsString("error")));
        String after = token(RestAssured.given().filter(cookies).get("/login").asString());
        assertNotEquals(before, after, "the login form's token still works after login");
        Response old = RestAssured.given().filter(cookies).redirects().follow(false)
                .contentType("application/x-www-form-urlencoded").formParam("csrf-token", before).post("/logout");
        assertRefused(old, "the pre-login token after login");
        assertNotEquals(after, WebSession.nurse().csrf(), "two sessions of one account share a token");
    }

    @Test
    void loginWithoutTheFormTokenOrFromAnotherSiteIsRefused() {
        RestAssured.given().redirects().follow(false).formParam("j_username", "nurse").formParam("j_password", "nurse-demo")
                .post("/j_security_check").then().statusCode(302).header("Location", containsString("error"));

        CookieFilter cookies = new CookieFilter();
        String token = token(RestAssured.given().filter(cookies).get("/login").asString());
        RestAssured.given().redirects().follow(false).formParam("csrf-token", token)
                .formParam("j_username", "nurse").formParam("j_password", "nurse-demo")
                .post("/j_security_check").then().statusCode(302).header("Location", containsString("error"));
        Response crossSite = RestAssured.given().filter(cookies).redirects().follow(false)
                .header("Sec-Fetch-Site", "cross-site").formParam("csrf-token", token)
                .formParam("j_username", "nurse").formParam("j_password", "nurse-demo").post("/j_security_check");
        assertEquals(403, crossSite.statusCode(), crossSite.asString());
        Response foreignOrigin = RestAssured.given().filter(cookies).redirects().follow(false)
                .header("Origin", "https://evil.example").formParam("csrf-token", token)
                .formParam("j_username", "nurse").formParam("j_password", "nurse-demo").post("/j_security_check");
        assertEquals(403, foreignOrigin.statusCode());
        // What Chromium sends from our own login page under Referrer-Policy no-referrer: Origin "null".
        CookieFilter chromium = new CookieFilter();
        String chromiumToken = token(RestAssured.given().filter(chromium).get("/login").asString());
        RestAssured.given().filter(chromium).redirects().follow(false).formParam("csrf-token", chromiumToken)
                .header("Origin", "null").header("Sec-Fetch-Site", "same-origin")
                .formParam("j_username", "nurse").formParam("j_password", "nurse-demo").post("/j_security_check")
                .then().statusCode(302).header("Location", not(containsString("error")));
        RestAssured.given().filter(cookies).redirects().follow(false).formParam("csrf-token", token)
                .formParam("j_username", "nurse").formParam("j_password", "nurse-demo").post("/j_security_check")
                .then().statusCode(302).header("Location", not(containsString("error")));
    }

    @Test
    void aFormPostWithOriginNullAndItsTokenIsAccepted() {
        // Our pages send Referrer-Policy no-referrer, so a browser's own form post says "Origin: null".
        WebSession nurse = WebSession.nurse();
        nurse.request().header("Origin", "null").header("Sec-Fetch-Site", "same-origin")
                .contentType("application/x-www-form-urlencoded").formParam("csrf-token", nurse.csrf())
                .post("/logout").then().statusCode(303);
        CookieFilter cookies = new CookieFilter();
        String token = token(RestAssured.given().filter(cookies).get("/login").asString());
        RestAssured.given().filter(cookies).redirects().follow(false).header("Origin", "null")
                .header("Sec-Fetch-Site", "same-origin").formParam("csrf-token", token)
                .formParam("j_username", "nurse").formParam("j_password", "nurse-demo").post("/j_security_check")
                .then().statusCode(302).header("Location", not(containsString("error")));
    }

    @Test
    void theBasicAuthApiNeedsNoToken() {
        WebSession.apiNurse().get("/api/patients").then().statusCode(200);
        WebSession.apiAdmin().body("{\"username\":\"csrf-api-" + System.nanoTime() % 100000
                + "\",\"password\":\"violet-lantern-harbour-92\",\"role\":\"NURSE\"}").post("/api/users").then().statusCode(201);
    }

    private static void assertRefused(Response r, String what) {
        assertEquals(400, r.statusCode(), what + ": " + r.statusCode() + " " + r.asString());
    }

    private static String token(String html) {
        Matcher m = TOKEN.matcher(html);
        assertTrue(m.find(), "no token on the page");
        return m.group(1);
    }

    private static FlagStatus status(long flag) {
        return QuarkusTransaction.requiringNew().call(() -> Flag.<Flag>findById(flag).status);
    }
}
