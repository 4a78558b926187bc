package org.clinic.courses.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.clinic.courses.support.WebSession;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Common passwords refused; self-service change; an administrator's reset forces a change at next login. */
@QuarkusTest
class PasswordChangeTest {

    @Test
    void commonAndBlankPasswordsAreRefusedForNewAccounts() {
        for (String weak : new String[]{"password1234", "            ", "qwertyuiop123", "ü".repeat(37)}) {
            WebSession.apiAdmin().body("{\"username\":\"weak-" + System.nanoTime() % 100000 + "\",\"password\":\"" + weak
                    + "\",\"role\":\"NURSE\"}").post("/api/users").then().statusCode(400)
                    .body("errors.field", hasItem("password"));
        }
    }

    @Test
    void anAccountChangesItsOwnPasswordAndItsOtherSessionsEnd() {
        String name = LoginTest.newAccount(Role.NURSE);
        WebSession here = WebSession.loginAs(name, "correct-horse-battery");
        WebSession elsewhere = WebSession.loginAs(name, "correct-horse-battery");
        String page = here.page("/account/password");
        org.junit.jupiter.api.Assertions.assertTrue(page.contains("<label for=\"current\">"), page);

        here.postForm("/account/password", "current", "wrong-current-password", "password", "amber-quartz-meadow-71",
                "repeat", "amber-quartz-meadow-71").then().statusCode(400).body(containsString("not your current password"));
        here.postForm("/account/password", "current", "correct-horse-battery", "password", "password1234",
                "repeat", "password1234").then().statusCode(400).body(containsString("Too common"));
        here.postForm("/account/password", "current", "correct-horse-battery", "password", "amber-quartz-meadow-71",
                "repeat", "amber-quartz-meadow-71").then().statusCode(303);

        here.request().get("/worklist").then().statusCode(200);
        elsewhere.request().get("/worklist").then().statusCode(302).header("Location", endsWith("/login"));
        LoginTest.formLogin(name, "correct-horse-battery").header("Location", containsString("error"));
        WebSession.api(name, "correct-horse-battery").get("/api/patients").then().statusCode(401);
        WebSession.loginAs(name, "amber-quartz-meadow-71").request().get("/worklist").then().statusCode(200);
    }

    @Test
    void anAdministratorsResetForcesAChangeAtNextLogin() {
        String name = LoginTest.newAccount(Role.PHYSICIAN);
        long id = QuarkusTransaction.requiringNew().call(() -> User.findByUsername(name).orElseThrow().id);
        long changedAtFirstLogin = LoginTest.auditCount(name, "PASSWORD_CHANGED");
        WebSession before = WebSession.loginAs(name, "correct-horse-battery");
        WebSession admin = WebSession.admin();
        admin.page("/admin/users/" + id + "/password");
        admin.postForm("/admin/users/" + id + "/password", "password", "password1234").then().statusCode(400)
                .body(containsString("field-error"));
        admin.postForm("/admin/users/" + id + "/password", "password", "temporary-willow-canal-55").then().statusCode(303);

        before.request().get("/courses").then().statusCode(302).header("Location", endsWith("/login"));
        WebSession user = WebSession.loginAs(name, "temporary-willow-canal-55");
        user.request().get("/courses").then().statusCode(303).header("Location", endsWith("/account/password"));
        user.page("/account/password");
        WebSession.api(name, "temporary-willow-canal-55").get("/api/patients").then().statusCode(403);
        user.postForm("/account/password", "current", "temporary-willow-canal-55", "password", "own-chosen-lighthouse-8",
                "repeat", "own-chosen-lighthouse-8").then().statusCode(303);
        user.request().get("/courses").then().statusCode(200);
        assertEquals(false, QuarkusTransaction.requiringNew().call(() -> User.findByUsername(name).orElseThrow().mustChangePassword));
        assertEquals(changedAtFirstLogin + 1, LoginTest.auditCount(name, "PASSWORD_CHANGED"),
                "one more change: the one after the reset");
    }

    @Test
    void theApiResetsToo() {
        String name = LoginTest.newAccount(Role.NURSE);
        long id = QuarkusTransaction.requiringNew().call(() -> User.findByUsername(name).orElseThrow().id);
        WebSession.apiAdmin().body("{\"password\":\"password1234\"}").put("/api/users/" + id + "/password").then().statusCode(400);
        WebSession.apiAdmin().body("{\"password\":\"temporary-willow-canal-55\"}").put("/api/users/" + id + "/password")
                .then().statusCode(200);
        WebSession.api(name, "temporary-willow-canal-55").get("/api/patients").then().statusCode(403)
                .body(containsString("/account/password"));
    }

    @Test
    void thePasswordFormNeedsItsToken() {
        String name = LoginTest.newAccount(Role.NURSE);
        WebSession here = WebSession.loginAs(name, "correct-horse-battery");
        here.request().contentType("application/x-www-form-urlencoded").formParam("current", "correct-horse-battery")
                .formParam("password", "amber-quartz-meadow-71").formParam("repeat", "amber-quartz-meadow-71")
                .post("/account/password").then().statusCode(400);
        WebSession.loginAs(name, "correct-horse-battery");
    }
}
