package org.clinic.courses.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.filter.cookie.CookieFilter;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.clinic.courses.support.WebSession;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Session revocation lives in the database: a logout or disable written by another instance (or
 * before a restart) ends a copied cookie here within the recheck time; sessions have an absolute
 * lifetime beside the idle timeout.
 */
@QuarkusTest
class SessionEndsEverywhereTest {
    private static final Pattern TOKEN = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");
    private static final long RECHECK_MILLIS = 3_500;

    @Inject
    SessionKeys keys;

    @Test
    void logoutOnAnotherInstanceEndsACopiedCookieHere() throws Exception {
        String name = LoginTest.newAccount(Role.NURSE);
        Map<String, String> copied = login(name);
        assertEquals(200, with(copied).get("/worklist").statusCode(), "the session works");
        // Another instance with the same key logs this account out: all it shares with us is the database.
        QuarkusTransaction.requiringNew().run(() ->
                User.update("sessionEpoch = sessionEpoch + 1 where username = ?1", name));
        Thread.sleep(RECHECK_MILLIS);
        Response replay = with(copied).get("/worklist");
        assertEquals(302, replay.statusCode(), "the copied cookie still opens pages after a logout elsewhere");
        assertTrue(replay.header("Location").endsWith("/login"));
    }

    @Test
    void logoutHereEndsEveryCopyOfTheSessionAtOnce() {
        String name = LoginTest.newAccount(Role.NURSE);
        int before = epochOf(name); // the password chosen at first login raised it once already
        Map<String, String> copied = login(name);
        Map<String, String> otherDevice = login(name);
        Response logout = with(copied).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", token(with(copied).get("/login").asString())).post("/logout");
        assertEquals(303, logout.statusCode());
        assertEquals(302, with(copied).get("/worklist").statusCode(), "the logged-out cookie replayed");
        assertEquals(302, with(otherDevice).get("/worklist").statusCode(), "the account's other session survived");
        assertEquals(before + 1, epochOf(name), "the logout is kept in the database");
    }

    @Test
    void disablingTheAccountInTheDatabaseEndsItsSessions() throws Exception {
        String name = LoginTest.newAccount(Role.PHYSICIAN);
        Map<String, String> copied = login(name);
        assertEquals(200, with(copied).get("/courses").statusCode());
        QuarkusTransaction.requiringNew().run(() -> User.update("enabled = false where username = ?1", name));
        Thread.sleep(RECHECK_MILLIS);
        assertEquals(302, with(copied).get("/courses").statusCode(), "a disabled account's session works");
    }

    @Test
    void aSessionOlderThanTheAbsoluteLifetimeIsRefused() {
        String name = LoginTest.newAccount(Role.NURSE);
        int epoch = epochOf(name);
        Map<String, String> cookies = login(name);
        Map<String, String> fresh = new java.util.HashMap<>(cookies);
        fresh.put(SessionCookies.TICKET, new SessionTicket("s1", name, Instant.now(), epoch).encode(keys));
        assertEquals(200, with(fresh).get("/worklist").statusCode(), "the control: a ticket of now works");
        Map<String, String> old = new java.util.HashMap<>(cookies);
        old.put(SessionCookies.TICKET, new SessionTicket("s1", name, Instant.now().minus(Duration.ofHours(12))
                .minusSeconds(5), epoch).encode(keys));
        assertEquals(302, with(old).get("/worklist").statusCode(), "a session began 12 hours ago still works");
        Map<String, String> other = new java.util.HashMap<>(cookies);
        other.put(SessionCookies.TICKET, new SessionTicket("s1", "admin", Instant.now(), 0).encode(keys));
        assertEquals(302, with(other).get("/worklist").statusCode(), "a ticket of another account works");
        Map<String, String> none = new java.util.HashMap<>(cookies);
        none.remove(SessionCookies.TICKET);
        assertEquals(302, with(none).get("/worklist").statusCode(), "the form cookie alone works");
    }

    private static int epochOf(String name) {
        return QuarkusTransaction.requiringNew().call(() -> User.findByUsername(name).orElseThrow().sessionEpoch);
    }

    static Map<String, String> login(String name) {
        CookieFilter cookies = new CookieFilter();
        String token = token(RestAssured.given().filter(cookies).get("/login").asString());
        Response login = RestAssured.given().filter(cookies).redirects().follow(false).formParam("csrf-token", token)
                .formParam("j_username", name).formParam("j_password", "correct-horse-battery").post("/j_security_check");
        login.then().statusCode(302).header("Location", not(containsString("error")));
        return login.getCookies();
    }

    private static io.restassured.specification.RequestSpecification with(Map<String, String> cookies) {
        return RestAssured.given().redirects().follow(false).cookies(cookies);
    }

    static String token(String html) {
        Matcher m = TOKEN.matcher(html);
        assertTrue(m.find(), "no token on the page");
        return m.group(1);
    }
}
