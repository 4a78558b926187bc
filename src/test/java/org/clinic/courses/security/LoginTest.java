package org.clinic.courses.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.clinic.courses.audit.AuditEvent;
import org.clinic.courses.support.WebSession;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class LoginTest {

    @Test
    void loginPageIsPublicAndHasLabelledFields() {
        RestAssured.given().get("/login").then().statusCode(200)
                .body(containsString("<label for=\"j_username\">Username</label>"))
                .body(containsString("<label for=\"j_password\">Password</label>"))
                .body(containsString("name=\"csrf-token\""));
    }

    @Test
    void pagesRedirectAnonymousVisitorsToLogin() {
        for (String path : new String[]{"/", "/admin/users", "/worklist", "/patients"}) {
            RestAssured.given().redirects().follow(false).get(path).then()
                    .statusCode(302).header("Location", endsWith("/login"));
        }
    }

    @Test
    void nurseLogsInThroughTheFormAndLandsOnTheWorklist() {
        WebSession nurse = WebSession.nurse();
        nurse.request().get("/").then().statusCode(303).header("Location", endsWith("/worklist"));
        assertTrue(auditCount("nurse", "LOGIN") >= 1, "login is audited");
    }

    @Test
    void wrongPasswordIsRefusedAndAudited() {
        String name = newAccount(Role.NURSE);
        formLogin(name, "not-the-password").statusCode(302).header("Location", containsString("/login?error"));
        assertEquals(1, auditCount(name, "LOGIN_FAILURE"));
    }

    @Test
    void fourFailuresStillLetTheRightPasswordIn() {
        String name = newAccount(Role.NURSE);
        for (int i = 0; i < 4; i++) {
            formLogin(name, "wrong-" + i);
        }
        WebSession.loginAs(name, "correct-horse-battery");
    }

    @Test
    void logoutEndsTheSession() {
        WebSession nurse = WebSession.nurse();
        nurse.page("/login");
        nurse.postForm("/logout").then().statusCode(303).header("Location", containsString("/login?loggedOut"));
        nurse.request().get("/admin/users").then().statusCode(302).header("Location", endsWith("/login"));
        assertTrue(auditCount("nurse", "LOGOUT") >= 1);
    }

    @Test
    void sessionCookieIsHttpOnlyAndSameSiteStrict() {
        String setCookie = String.join("\n", formLogin("physician", "physician-demo").statusCode(302).extract()
                .headers().getValues("Set-Cookie"));
        assertTrue(setCookie.contains("tracker-session="), setCookie);
        assertTrue(setCookie.contains("HTTPOnly") || setCookie.contains("HttpOnly"), setCookie);
        assertTrue(setCookie.contains("SameSite=Strict"), setCookie);
    }

    @Test
    void disabledAccountCannotLogIn() {
        String name = newAccount(Role.PHYSICIAN);
        long id = QuarkusTransaction.requiringNew().call(() -> User.findByUsername(name).orElseThrow().id);
        WebSession.apiAdmin().body("{\"enabled\":false}").put("/api/users/" + id + "/enabled").then().statusCode(200)
                .body("enabled", is(false));
        formLogin(name, "correct-horse-battery").statusCode(302).header("Location", containsString("error"));
    }

    /** Posts the login form as a browser does: with the login page's token and cookie. */
    static io.restassured.response.ValidatableResponse formLogin(String username, String password) {
        io.restassured.filter.cookie.CookieFilter cookies = new io.restassured.filter.cookie.CookieFilter();
        String token = SessionEndsEverywhereTest.token(RestAssured.given().filter(cookies).get("/login").asString());
        return RestAssured.given().filter(cookies).redirects().follow(false).formParam("csrf-token", token)
                .formParam("j_username", username).formParam("j_password", password)
                .post("/j_security_check").then();
    }

    /**
     * A fresh account whose password is {@code correct-horse-battery}: an administrator creates it with a
     * temporary password and the holder chooses that one through the change form at first login.
     */
    static String newAccount(Role role) {
        String name = "user-" + UUID.randomUUID().toString().substring(0, 8);
        WebSession.apiAdmin()
                .body("{\"username\":\"" + name + "\",\"password\":\"" + TEMPORARY + "\",\"role\":\"" + role + "\"}")
                .post("/api/users").then().statusCode(201);
        WebSession.choosePasswordAtFirstLogin(name, TEMPORARY, "correct-horse-battery");
        return name;
    }

    static final String TEMPORARY = "first-temporary-kestrel-40";

    @Test
    void anAccountAnAdministratorCreatesChoosesItsOwnPasswordAtFirstLogin() {
        String name = "first-" + UUID.randomUUID().toString().substring(0, 8);
        WebSession admin = WebSession.admin();
        admin.page("/admin/users");
        admin.postFormExpectRedirect("/admin/users", "username", name, "password", TEMPORARY, "role", "NURSE");
        WebSession user = WebSession.loginAs(name, TEMPORARY);
        user.request().get("/worklist").then().statusCode(303).header("Location", endsWith("/account/password"));
        WebSession.api(name, TEMPORARY).get("/api/patients").then().statusCode(403)
                .body(containsString("/account/password"));
        assertTrue(user.page("/account/password").contains("<label for=\"current\">"));
        user.postForm("/account/password", "current", TEMPORARY, "password", "own-chosen-lighthouse-8",
                "repeat", "own-chosen-lighthouse-8").then().statusCode(303);
        user.request().get("/worklist").then().statusCode(200);
        WebSession.api(name, "own-chosen-lighthouse-8").get("/api/patients").then().statusCode(200);

        String apiMade = "first-" + UUID.randomUUID().toString().substring(0, 8);
        WebSession.apiAdmin().body("{\"username\":\"" + apiMade + "\",\"password\":\"" + TEMPORARY + "\",\"role\":\"PHYSICIAN\"}")
                .post("/api/users").then().statusCode(201);
        WebSession.api(apiMade, TEMPORARY).get("/api/patients").then().statusCode(403);
        WebSession.loginAs(apiMade, TEMPORARY).request().get("/courses").then().statusCode(303)
                .header("Location", endsWith("/account/password"));
    }

    static long auditCount(String username, String action) {
        return QuarkusTransaction.requiringNew().call(() ->
                AuditEvent.count("username = ?1 and action = ?2", username, action));
    }
}
