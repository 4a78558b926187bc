package org.clinic.courses.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.clinic.courses.support.WebSession;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

/** TOTP second factor: enrolment, the login's code step, the API header, recovery codes, disable, reset. */
@QuarkusTest
class SecondFactorTest {
    private static final Pattern SECRET = Pattern.compile("<code id=\"totp-secret\">([A-Z2-7]+)</code>");
    private static final Pattern RECOVERY = Pattern.compile("<li><code>([a-z0-9-]+)</code></li>");
    static final String PASSWORD = "correct-horse-battery";

    record Enrolled(String username, long id, String secret, List<String> recoveryCodes) {
    }

    /** A code for the step {@code offset} steps from now (the server takes one step either side). */
    static String code(String secret, int offset) {
        return TotpCodes.codeAt(secret, TotpCodes.stepAt(Instant.now().getEpochSecond()) + offset);
    }

    /** So that a sequence of codes for the steps -1, 0, +1 stays valid while it runs. */
    static void awayFromAStepBoundary() {
        long left = TotpCodes.PERIOD_SECONDS - Instant.now().getEpochSecond() % TotpCodes.PERIOD_SECONDS;
        if (left < 8) {
            try {
                Thread.sleep(left * 1000 + 200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    static Enrolled enrol(Role role) {
        String name = LoginTest.newAccount(role);
        long id = QuarkusTransaction.requiringNew().call(() -> User.findByUsername(name).orElseThrow().id);
        WebSession s = WebSession.loginAs(name, PASSWORD);
        s.page("/account/totp");
        String html = s.postForm("/account/totp/start", "password", PASSWORD).then().statusCode(200).extract().asString();
        assertThat(html, containsString("src=\"data:image/png;base64,"));
        Matcher m = SECRET.matcher(html);
        assertTrue(m.find(), html);
        String secret = m.group(1);
        awayFromAStepBoundary();
        String codes = s.postForm("/account/totp/confirm", "code", code(secret, -1)).then().statusCode(200)
                .extract().asString();
        List<String> recovery = new ArrayList<>();
        Matcher r = RECOVERY.matcher(codes);
        while (r.find()) recovery.add(r.group(1));
        return new Enrolled(name, id, secret, recovery);
    }

    private static void assertThat(String actual, org.hamcrest.Matcher<? super String> matcher) {
        org.hamcrest.MatcherAssert.assertThat(actual, matcher);
    }

    @Test
    void enrolmentTakesEffectOnlyWhenConfirmedAndShowsTheSecretAndRecoveryCodesOnce() {
        String name = LoginTest.newAccount(Role.PHYSICIAN);
        WebSession s = WebSession.loginAs(name, PASSWORD);
        assertThat(s.page("/account/password"), containsString("href=\"/account/totp\""));
        String html = s.postForm("/account/totp/start", "password", PASSWORD).then().statusCode(200).extract().asString();
        Matcher m = SECRET.matcher(html);
        assertTrue(m.find());
        String secret = m.group(1);
        String wrong = s.postForm("/account/totp/confirm", "code", "000000".equals(code(secret, 0)) ? "111111" : "000000")
                .then().statusCode(400).extract().asString();
        assertThat(wrong, containsString("id=\"code-error\""));
        assertThat(wrong, not(containsString(secret)));
        User pending = QuarkusTransaction.requiringNew().call(() -> User.findByUsername(name).orElseThrow());
        assertFalse(pending.totpEnabled, "not in effect before a code confirms it");
        WebSession.loginAs(name, PASSWORD).page("/physician"); // still password only

        String done = s.postForm("/account/totp/confirm", "code", code(secret, 0)).then().statusCode(200).extract().asString();
        Matcher r = RECOVERY.matcher(done);
        List<String> codes = new ArrayList<>();
        while (r.find()) codes.add(r.group(1));
        assertEquals(10, codes.size());
        User enrolled = QuarkusTransaction.requiringNew().call(() -> User.findByUsername(name).orElseThrow());
        assertTrue(enrolled.totpEnabled);
        assertFalse(enrolled.totpSecret.contains(secret), "stored encrypted");
        List<TotpRecoveryCode> stored = QuarkusTransaction.requiringNew().call(() -> TotpRecoveryCode.list("userId", enrolled.id));
        assertEquals(10, stored.size());
        assertTrue(stored.stream().noneMatch(c -> codes.contains(c.codeHash)), "stored hashed");
        assertThat(s.page("/account/totp"), not(containsString(secret)));
        assertEquals(1, LoginTest.auditCount(name, "TOTP_ENABLED"));
    }

    @Test
    void formLoginAsksTheCodeInASecondStepAndACodeWorksOnce() {
        Enrolled e = enrol(Role.PHYSICIAN);
        WebSession s = WebSession.loginAs(e.username(), PASSWORD);
        s.request().get("/physician").then().statusCode(303).header("Location", endsWith("/login/totp"));
        s.request().get("/api/patients").then().statusCode(anyOf(is(401), is(403)));
        s.request().get("/account/totp").then().statusCode(303);
        String page = s.page("/login/totp");
        assertThat(page, containsString("name=\"code\""));
        awayFromAStepBoundary();
        String good = code(e.secret(), 0);
        s.request().contentType("application/x-www-form-urlencoded").formParam("code", good).post("/login/totp")
                .then().statusCode(400); // no CSRF token
        s.postForm("/login/totp", "code", "12345").then().statusCode(400).body(containsString("id=\"code-error\""));
        s.postForm("/login/totp", "code", good).then().statusCode(303);
        s.page("/physician");
        assertEquals(1, LoginTest.auditCount(e.username(), "LOGIN_SECOND_FACTOR"));

        WebSession again = WebSession.loginAs(e.username(), PASSWORD);
        again.page("/login/totp");
        again.postForm("/login/totp", "code", good).then().statusCode(400); // the same code, second time
        again.request().get("/physician").then().statusCode(303).header("Location", endsWith("/login/totp"));
        again.postForm("/login/totp", "code", code(e.secret(), 1)).then().statusCode(303);
        again.page("/physician");
    }

    @Test
    void eachRecoveryCodeWorksOnce() {
        Enrolled e = enrol(Role.ADMIN);
        assertEquals(10, e.recoveryCodes().size());
        WebSession s = WebSession.loginAs(e.username(), PASSWORD);
        s.page("/login/totp");
        s.postForm("/login/totp", "code", e.recoveryCodes().get(3)).then().statusCode(303);
        s.page("/admin/users");
        WebSession again = WebSession.loginAs(e.username(), PASSWORD);
        again.page("/login/totp");
        again.postForm("/login/totp", "code", e.recoveryCodes().get(3)).then().statusCode(400);
        again.postForm("/login/totp", "code", e.recoveryCodes().get(4)).then().statusCode(303);
    }

    @Test
    void wrongCodesAreThrottledLikePasswords() {
        Enrolled e = enrol(Role.PHYSICIAN);
        WebSession s = WebSession.loginAs(e.username(), PASSWORD);
        s.page("/login/totp");
        for (int i = 0; i < 6; i++) {
            s.postForm("/login/totp", "code", "99999" + i).then().statusCode(400);
        }
        s.postForm("/login/totp", "code", e.recoveryCodes().get(0)).then().statusCode(400)
                .body(containsString("Too many wrong codes"));
        assertTrue(LoginTest.auditCount(e.username(), "LOGIN_FAILURE") >= 1);
    }

    @Test
    void basicApiCallsOfAnEnrolledAccountCarryAFreshCodeInXTotp() {
        Enrolled e = enrol(Role.PHYSICIAN);
        WebSession.api(e.username(), PASSWORD).get("/api/patients").then().statusCode(401);
        WebSession.api(e.username(), PASSWORD).header("X-TOTP", "000000").get("/api/patients").then().statusCode(401);
        awayFromAStepBoundary();
        String now = code(e.secret(), 0);
        WebSession.api(e.username(), PASSWORD).header("X-TOTP", now).get("/api/patients").then().statusCode(200);
        WebSession.api(e.username(), PASSWORD).header("X-TOTP", now).get("/api/patients").then().statusCode(401);
        WebSession.api(e.username(), PASSWORD).header("X-TOTP", code(e.secret(), 1)).get("/api/patients")
                .then().statusCode(200);
        String nurse = LoginTest.newAccount(Role.NURSE);
        WebSession.api(nurse, PASSWORD).get("/api/patients").then().statusCode(200); // not enrolled: as before
    }

    @Test
    void disablingNeedsPasswordAndCodeAndIsAudited() {
        Enrolled e = enrol(Role.PHYSICIAN);
        WebSession s = WebSession.loginAs(e.username(), PASSWORD);
        s.page("/login/totp");
        awayFromAStepBoundary();
        s.postForm("/login/totp", "code", code(e.secret(), 0)).then().statusCode(303);
        s.page("/account/totp");
        s.postForm("/account/totp/disable", "password", "not-my-password-at-all", "code", code(e.secret(), 1))
                .then().statusCode(400).body(containsString("id=\"password-error\""));
        s.postForm("/account/totp/disable", "password", PASSWORD, "code", "000001").then().statusCode(400)
                .body(containsString("id=\"code-error\""));
        assertTrue(QuarkusTransaction.requiringNew().call(() -> User.<User>findById(e.id()).totpEnabled));
        int epochBefore = QuarkusTransaction.requiringNew().call(() -> User.<User>findById(e.id()).sessionEpoch);
        s.postForm("/account/totp/disable", "password", PASSWORD, "code", code(e.secret(), 1)).then().statusCode(303);
        User after = QuarkusTransaction.requiringNew().call(() -> User.<User>findById(e.id()));
        assertEquals(epochBefore + 1, after.sessionEpoch, "the account's other sessions end (pen test, ASVS V7.4.3)");
        s.page("/physician"); // this one goes on
        assertFalse(after.totpEnabled);
        assertNull(after.totpSecret);
        assertEquals(1, LoginTest.auditCount(e.username(), "TOTP_DISABLED"));
        WebSession.loginAs(e.username(), PASSWORD).page("/physician");
    }

    @Test
    void settingUpAKeyAsksForThePasswordAgain() {
        String name = LoginTest.newAccount(Role.PHYSICIAN);
        long id = QuarkusTransaction.requiringNew().call(() -> User.findByUsername(name).orElseThrow().id);
        WebSession s = WebSession.loginAs(name, PASSWORD);
        assertThat(s.page("/account/totp"), containsString("autocomplete=\"current-password\""));
        // From a client address of its own: the refusals count as failed logins of this client, and
        // must not use up the shared test client's limit.
        String none = start(s, null).then().statusCode(400).extract().asString();
        assertThat(none, containsString("id=\"password-error\""));
        assertThat(none, containsString("Type your password"));
        assertFalse(SECRET.matcher(none).find(), "no key without the password");
        String wrong = start(s, "not-" + PASSWORD).then().statusCode(400).extract().asString();
        assertThat(wrong, containsString("This is not your password"));
        assertFalse(SECRET.matcher(wrong).find(), "no key with a wrong password");
        assertNull(QuarkusTransaction.requiringNew().call(() -> User.<User>findById(id).totpPendingSecret),
                "nothing is waiting to be confirmed");
        String html = s.postForm("/account/totp/start", "password", PASSWORD).then().statusCode(200).extract().asString();
        assertTrue(SECRET.matcher(html).find(), "the key with the password");
    }

    private static io.restassured.response.Response start(WebSession s, String password) {
        var spec = s.request().header("X-Forwarded-For", "198.51.100.211")
                .contentType("application/x-www-form-urlencoded; charset=UTF-8").formParam("csrf-token", s.csrf());
        if (password != null) spec.formParam("password", password);
        return spec.post("/account/totp/start");
    }

    @Test
    void aSignedInSessionCannotSwapInANewKeyWithoutTurningTheOldOneOff() {
        Enrolled e = enrol(Role.PHYSICIAN);
        String keyBefore = QuarkusTransaction.requiringNew().call(() -> User.<User>findById(e.id()).totpSecret);
        WebSession s = WebSession.loginAs(e.username(), PASSWORD);
        s.page("/login/totp");
        awayFromAStepBoundary();
        s.postForm("/login/totp", "code", code(e.secret(), 0)).then().statusCode(303);
        s.page("/account/totp");
        String refused = s.postForm("/account/totp/start", "password", PASSWORD).then().statusCode(400).extract().asString();
        assertThat(refused, containsString("id=\"code-error\""));
        assertFalse(SECRET.matcher(refused).find(), "no new key shown");
        User after = QuarkusTransaction.requiringNew().call(() -> User.<User>findById(e.id()));
        assertEquals(keyBefore, after.totpSecret);
        assertNull(after.totpPendingSecret);
    }

    @Test
    void anAdministratorResetsASecondFactorAudited() {
        Enrolled e = enrol(Role.PHYSICIAN);
        Enrolled other = enrol(Role.NURSE);
        int epochBefore = QuarkusTransaction.requiringNew().call(() -> User.<User>findById(e.id()).sessionEpoch);
        WebSession admin = WebSession.admin();
        admin.page("/admin/users");
        admin.postFormExpectRedirect("/admin/users/" + e.id() + "/totp/reset");
        assertEquals(epochBefore + 1, QuarkusTransaction.requiringNew().call(() -> User.<User>findById(e.id()).sessionEpoch),
                "a lost phone: the account's sessions end");
        WebSession.apiAdmin().delete("/api/users/" + other.id() + "/totp").then().statusCode(200);
        assertEquals(2, QuarkusTransaction.requiringNew().call(() ->
                org.clinic.courses.audit.AuditEvent.count("username = 'admin' and action = 'TOTP_RESET'"
                        + " and targetId in (?1, ?2)", e.id(), other.id())));
        WebSession.loginAs(e.username(), PASSWORD).page("/physician");
        WebSession.api(other.username(), PASSWORD).get("/api/patients").then().statusCode(200);
    }

    @Test
    void anEnrolledAccountWhosePasswordWasResetGivesItsCodeThenChoosesAPassword() {
        Enrolled e = enrol(Role.PHYSICIAN);
        WebSession.apiAdmin().body("{\"password\":\"temporary-willow-canal-55\"}").put("/api/users/" + e.id() + "/password")
                .then().statusCode(200);
        WebSession s = WebSession.loginAs(e.username(), "temporary-willow-canal-55");
        s.request().get("/physician").then().statusCode(303).header("Location", endsWith("/login/totp"));
        s.request().get("/account/password").then().statusCode(303).header("Location", endsWith("/login/totp"));
        s.page("/login/totp");
        awayFromAStepBoundary();
        s.postForm("/login/totp", "code", code(e.secret(), 0)).then().statusCode(303);
        s.request().get("/physician").then().statusCode(303).header("Location", endsWith("/account/password"));
        s.page("/account/password");
    }
}
