package org.clinic.courses.proof;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.clinic.courses.course.Route;
import org.clinic.courses.course.ScheduleType;
import org.clinic.courses.proof.AccessTable.Who;
import org.clinic.courses.proof.PageForms.Form;
import org.clinic.courses.safety.FlagCode;
import org.clinic.courses.safety.FlagStatus;
import org.clinic.courses.support.DoseFixtures;
import org.clinic.courses.support.WebSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Every state-changing page form (every POST outside /api, from the reflection list) refuses a
 * submission without its CSRF token or with another session's token, and stores nothing; the same
 * submission with its own token does change the database, so the "nothing changed" is meaningful.
 */
@QuarkusTest
class CsrfTest {
    private static Map<String, Form> forms;
    private static final Map<Who, WebSession> mine = new EnumMap<>(Who.class);
    private static final Map<Who, WebSession> others = new EnumMap<>(Who.class);

    static List<String> pageForms() throws Exception {
        return Endpoints.discovered().stream()
                .filter(e -> e.startsWith("POST ") && !e.startsWith("POST /api/") && !e.equals("POST /logout")
                        // changes the signed-in demo account's own password: security/PasswordChangeTest covers its token
                        && !e.equals("POST /account/password")
                        // need a live TOTP code of an enrolled account: security/SecondFactorTest covers the code step's token
                        && !e.equals("POST /account/totp/confirm") && !e.equals("POST /account/totp/disable")
                        && !e.equals("POST /login/totp")
                        // a multipart file upload (no url-encoded valid submission): meddra/MeddraImportTest covers its token
                        && !e.equals("POST /admin/meddra")).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pageForms")
    void formNeedsItsOwnSessionsToken(String endpoint) {
        Form form = forms().get(endpoint);
        assertNotNull(form, "no valid submission written for " + endpoint);
        WebSession session = mine.get(form.who());
        Map<String, String> before = DbSnapshot.all();

        Response missing = post(session, form, null);
        assertEquals(400, missing.statusCode(), endpoint + " without a token: " + missing.asString());
        assertEquals(before, DbSnapshot.all(), endpoint + " without a token changed the database");

        Response foreign = post(session, form, others.get(form.who()).csrf());
        assertEquals(400, foreign.statusCode(), endpoint + " with another session's token");
        assertEquals(before, DbSnapshot.all(), endpoint + " with another session's token changed the database");

        Response own = post(session, form, session.csrf());
        assertTrue(own.statusCode() == 303 || own.statusCode() == 200, endpoint + " with its token: "
                + own.statusCode() + " " + own.asString());
        assertNotEquals(before, DbSnapshot.all(), endpoint + " with its token changed nothing: the control is void");
    }

    @Test
    void logoutNeedsTheTokenAndEndsTheSessionForItsCookie() {
        io.restassured.filter.cookie.CookieFilter jar = new io.restassured.filter.cookie.CookieFilter();
        java.util.regex.Pattern field = java.util.regex.Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");
        java.util.regex.Matcher loginToken = field.matcher(RestAssured.given().filter(jar).get("/login").asString());
        assertTrue(loginToken.find());
        Map<String, String> session = RestAssured.given().filter(jar).redirects().follow(false)
                .formParam("csrf-token", loginToken.group(1))
                .formParam("j_username", "nurse").formParam("j_password", "nurse-demo").post("/j_security_check")
                .then().statusCode(302).extract().cookies();
        assertNotNull(session.get("tracker-session"));
        assertEquals(200, withCookies(session).get("/worklist").statusCode(), "the session works");
        assertEquals(400, withCookies(session).post("/logout").statusCode(), "logout without a token");
        assertEquals(200, withCookies(session).get("/worklist").statusCode(), "still signed in");
        java.util.regex.Matcher token = field.matcher(withCookies(session).get("/worklist").asString());
        assertTrue(token.find());
        withCookies(session).formParam("csrf-token", token.group(1)).post("/logout").then().statusCode(303);
        Response replay = withCookies(session).get("/worklist");
        assertEquals(302, replay.statusCode(), "the session cookie from before logout still opens pages");
        assertTrue(replay.header("Location").endsWith("/login"));
    }

    private static RequestSpecification withCookies(Map<String, String> cookies) {
        return RestAssured.given().redirects().follow(false).cookies(cookies)
                .contentType("application/x-www-form-urlencoded");
    }

    @Test
    void sessionAndCsrfCookiesAreHttpOnlyAndSameSite() {
        io.restassured.filter.cookie.CookieFilter jar = new io.restassured.filter.cookie.CookieFilter();
        Response page = RestAssured.given().filter(jar).get("/login");
        List<String> preSession = page.headers().getValues("Set-Cookie");
        assertFalse(preSession.isEmpty(), "the login page sets the pre-session cookie its form token is bound to");
        preSession.forEach(c -> assertTrue(c.toLowerCase().contains("httponly") && c.toLowerCase().contains("samesite=strict"), c));
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"")
                .matcher(page.asString());
        assertTrue(token.find());
        Response login = RestAssured.given().filter(jar).redirects().follow(false).formParam("csrf-token", token.group(1))
                .formParam("j_username", "nurse").formParam("j_password", "nurse-demo").post("/j_security_check");
        List<String> cookies = login.then().statusCode(302).extract().headers().getValues("Set-Cookie");
        assertTrue(cookies.stream().anyMatch(c -> c.startsWith("tracker-session=")), cookies.toString());
        assertTrue(cookies.stream().anyMatch(c -> c.startsWith("tracker-session-id=")), cookies.toString());
        cookies.forEach(c -> assertTrue(c.toLowerCase().contains("httponly"), c));
        cookies.forEach(c -> assertTrue(c.toLowerCase().contains("samesite=strict"), c));
    }

    /** An open flag with a real cause (epilepsy), on a course of its own, so re-judging keeps it open. */
    private static long contraindicated() {
        return DoseFixtures.flag(DoseFixtures.activeCourse(Route.IV_INFUSION, "30"), FlagCode.CONTRAINDICATION,
                FlagStatus.OPEN);
    }

    private static Response post(WebSession session, Form form, String token) {
        RequestSpecification spec = session.request().contentType("application/x-www-form-urlencoded; charset=UTF-8");
        if (token != null) {
            spec.formParam("csrf-token", token);
        }
        form.fields().forEach(spec::formParam);
        return spec.post(form.path());
    }

    private static Map<String, Form> forms() {
        if (forms == null) {
            for (Who who : List.of(Who.NURSE, Who.PHYSICIAN, Who.ADMIN)) {
                mine.put(who, AccessMatrixTest.login(who));
                others.put(who, AccessMatrixTest.login(who));
                assertNotEquals(mine.get(who).csrf(), others.get(who).csrf());
            }
            ProofFixtures f = ProofFixtures.create();
            long acknowledge = contraindicated();
            long override = contraindicated();
            long resolve = contraindicated();
            long finished = DoseFixtures.course(Route.IV_INFUSION, "30", DoseFixtures.today().minusDays(20), 10,
                    ScheduleType.DAILY, "Finished", "Course");
            forms = PageForms.all(f, acknowledge, override, resolve, finished, mine.get(Who.PHYSICIAN), mine.get(Who.ADMIN));
        }
        return forms;
    }
}
