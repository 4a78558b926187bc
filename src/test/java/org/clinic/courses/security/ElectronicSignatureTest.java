package org.clinic.courses.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.clinic.courses.audit.AuditEvent;
import org.clinic.courses.course.Route;
import org.clinic.courses.course.TreatmentCourse;
import org.clinic.courses.safety.Flag;
import org.clinic.courses.safety.FlagCode;
import org.clinic.courses.safety.FlagStatus;
import org.clinic.courses.support.DoseFixtures;
import org.clinic.courses.support.WebSession;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.*;

/**
 * 21 CFR 11.200: signing off a course and overriding a flag ask for the signer's password again
 * (pages and API), wrong ones are refused at the field and throttled like logins, and the record
 * and audit trail keep the signer's name, the time and what the signature means.
 */
@QuarkusTest
class ElectronicSignatureTest {
    private static final String PASSWORD = "signing-physician-pass";

    /** A physician of its own with a printed name, so its throttled guesses touch no other test. */
    private static String physician(String fullName) {
        String name = "signer-" + UUID.randomUUID().toString().substring(0, 8);
        QuarkusTransaction.requiringNew().run(() -> {
            User u = new User();
            u.username = name;
            u.passwordHash = Passwords.hash(PASSWORD);
            u.role = Role.PHYSICIAN.name();
            u.enabled = true;
            u.fullName = fullName;
            u.createdAt = Instant.now();
            u.createdBy = "test";
            u.persist();
        });
        return name;
    }

    private static TreatmentCourse course(long id) {
        return QuarkusTransaction.requiringNew().call(() -> TreatmentCourse.<TreatmentCourse>findById(id));
    }

    private static Flag flag(long id) {
        return QuarkusTransaction.requiringNew().call(() -> Flag.<Flag>findById(id));
    }

    private static Response signOffForm(WebSession s, long course, String client, Object... fields) {
        var spec = s.request().header("X-Forwarded-For", client)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8").formParam("csrf-token", s.csrf());
        for (int i = 0; i < fields.length; i += 2) spec.formParam((String) fields[i], fields[i + 1]);
        return spec.post("/courses/" + course + "/sign-off");
    }

    @Test
    void theSignOffFormAsksThePasswordAndRecordsWhatTheSignatureMeans() {
        String signer = physician("Dr Ada Lovelace");
        long course = DoseFixtures.activeCourse(Route.IV_INFUSION, "30");
        WebSession s = WebSession.loginAs(signer, PASSWORD);
        String question = s.page("/courses/" + course + "/sign-off");
        assertTrue(question.contains("type=\"password\"") && question.contains("name=\"password\""), question);
        assertTrue(question.contains("course reviewed and complete"), "the meaning is said before signing");

        signOffForm(s, course, "10.91.0.1").then().statusCode(400)
                .body(containsString("id=\"password-error\""), containsString("type your password"));
        signOffForm(s, course, "10.91.0.1", "password", "not-my-password").then().statusCode(400)
                .body(containsString("id=\"password-error\""), containsString("This is not your password"));
        assertNull(course(course).signedOffAt, "nothing signed with a wrong password");

        String to = signOffForm(s, course, "10.91.0.1", "password", PASSWORD).then().statusCode(303)
                .extract().header("Location");
        assertTrue(to.endsWith("/courses/" + course), to);
        TreatmentCourse c = course(course);
        assertEquals(signer, c.signedOffBy);
        assertEquals("Dr Ada Lovelace", c.signedOffName);
        assertEquals("Signed off as the reviewing physician: course reviewed and complete", c.signOffMeaning);
        String detail = QuarkusTransaction.requiringNew().call(() -> AuditEvent.<AuditEvent>find(
                "action = 'COURSE_SIGNED_OFF' and targetId = ?1", course).firstResult().detail);
        assertTrue(detail.contains("Dr Ada Lovelace (" + signer + ")") && detail.contains("course reviewed and complete"),
                detail);
        String page = s.page("/courses/" + course);
        assertTrue(page.contains("id=\"sign-off-signature\""), page);
        assertTrue(page.contains("Signed by Dr Ada Lovelace on"), page);
    }

    @Test
    void wrongSignaturePasswordsAreThrottledLikeLogins() {
        String signer = physician(null);
        long course = DoseFixtures.activeCourse(Route.IV_INFUSION, "30");
        WebSession s = WebSession.loginAs(signer, PASSWORD);
        s.page("/courses/" + course + "/sign-off");
        for (int i = 0; i < 8; i++) {
            signOffForm(s, course, "10.91.0.2", "password", "guess-" + i).then().statusCode(400);
        }
        signOffForm(s, course, "10.91.0.2", "password", PASSWORD).then().statusCode(400)
                .body(containsString("Too many wrong passwords"));
        assertNull(course(course).signedOffAt);
        assertEquals(5, QuarkusTransaction.requiringNew().call(() -> LoginFailure.count("username", signer)),
                "the free failures are counted; attempts within the wait are refused unchecked");
        assertEquals(1, LoginTest.auditCount(signer, "LOGIN_FAILURE"), "one audit row per account and window");
        // another client of the same physician is not held up; the name falls back to the username
        signOffForm(s, course, "10.91.0.3", "password", PASSWORD).then().statusCode(303);
        assertEquals(signer, course(course).signedOffName);
    }

    @Test
    void theApiTakesThePasswordInTheBody() {
        String signer = physician("Dr Grace Hopper");
        long course = DoseFixtures.activeCourse(Route.IV_INFUSION, "30");
        String path = "/api/courses/" + course + "/sign-off";
        WebSession.api(signer, PASSWORD).post(path).then().statusCode(400).body("errors[0].field", equalTo("password"));
        WebSession.api(signer, PASSWORD).header("X-Forwarded-For", "10.91.0.4").body(Map.of("password", "nope-nope"))
                .post(path).then().statusCode(400).body("errors[0].field", equalTo("password"));
        assertNull(course(course).signedOffAt);
        WebSession.api(signer, PASSWORD).body(Map.of("password", PASSWORD)).post(path).then().statusCode(200)
                .body("status", equalTo("COMPLETED"), "signedOffName", equalTo("Dr Grace Hopper"),
                        "signOffMeaning", containsString("course reviewed and complete"));
    }

    @Test
    void anOverrideIsSignedOnPagesAndApi() {
        String signer = physician("Dr Hopper");
        long course = DoseFixtures.activeCourse(Route.IV_INFUSION, "30");
        long onPage = DoseFixtures.flag(course, FlagCode.CONTRAINDICATION, FlagStatus.OPEN);
        WebSession s = WebSession.loginAs(signer, PASSWORD);
        String view = s.page("/courses/" + course);
        assertTrue(view.contains("id=\"override-" + onPage + "-password\""), "the override form asks the password");
        s.request().header("X-Forwarded-For", "10.91.0.5").contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", s.csrf()).formParam("reason", "Benefit outweighs risk")
                .formParam("password", "wrong-one-here").post("/courses/" + course + "/flags/" + onPage + "/override")
                .then().statusCode(400).body(containsString("id=\"override-" + onPage + "-password-error\""),
                        containsString("This is not your password"));
        assertEquals(FlagStatus.OPEN, flag(onPage).status);
        s.postFormExpectRedirect("/courses/" + course + "/flags/" + onPage + "/override", "reason", "Benefit outweighs risk",
                "password", PASSWORD);
        Flag f = flag(onPage);
        assertEquals(FlagStatus.OVERRIDDEN, f.status);
        assertEquals("Dr Hopper", f.overrideSignerName);
        assertTrue(f.overrideMeaning.startsWith("Override: I accept the risk of"), f.overrideMeaning);
        String page = s.page("/courses/" + course);
        assertTrue(page.contains("Signed by Dr Hopper on"), page);

        long overApi = DoseFixtures.flag(DoseFixtures.activeCourse(Route.IV_INFUSION, "30"), FlagCode.CONTRAINDICATION,
                FlagStatus.OPEN);
        String path = "/api/flags/" + overApi + "/override";
        WebSession.api(signer, PASSWORD).body(Map.of("reason", "Benefit")).post(path).then().statusCode(400)
                .body("errors[0].field", equalTo("password"));
        WebSession.api(signer, PASSWORD).body(Map.of("reason", "Benefit", "password", PASSWORD)).post(path).then()
                .statusCode(200).body("status", equalTo("OVERRIDDEN"), "overrideSignerName", equalTo("Dr Hopper"),
                        "overrideMeaning", containsString("I accept the risk"));
        String detail = QuarkusTransaction.requiringNew().call(() -> AuditEvent.<AuditEvent>find(
                "action = 'FLAG_OVERRIDDEN' and targetId = ?1", overApi).firstResult().detail);
        assertTrue(detail.contains("Dr Hopper (" + signer + ")") && detail.contains("I accept the risk"), detail);
    }
}
