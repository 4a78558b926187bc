package org.clinic.courses.security;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.clinic.courses.support.WebSession;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** With tracker.security.totp-required=true a physician or administrator must enrol after the password; a nurse need not. */
@QuarkusTest
@TestProfile(SecondFactorRequiredTest.Required.class)
class SecondFactorRequiredTest {
    public static class Required implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("tracker.security.totp-required", "true");
        }
    }

    @Test
    void aPhysicianWithoutASecondFactorIsSentToEnrolmentAndMayDoNothingElse() {
        // The demo administrator must enrol here too (its API answers 403), so the account is made directly.
        String name = "req-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> {
            User u = new User();
            u.username = name;
            u.passwordHash = Passwords.hash(SecondFactorTest.PASSWORD);
            u.role = Role.PHYSICIAN_NAME;
            u.enabled = true;
            u.createdAt = java.time.Instant.now();
            u.createdBy = "test";
            u.persist();
        });
        WebSession s = WebSession.loginAs(name, SecondFactorTest.PASSWORD);
        s.request().get("/physician").then().statusCode(303).header("Location", endsWith("/account/totp"));
        WebSession.api(name, SecondFactorTest.PASSWORD).get("/api/patients").then().statusCode(403);
        String page = s.page("/account/totp");
        assertTrue(page.contains("must set up a second factor"), page);
        String html = s.postForm("/account/totp/start", "password", SecondFactorTest.PASSWORD).then().statusCode(200).extract().asString();
        Matcher m = Pattern.compile("<code id=\"totp-secret\">([A-Z2-7]+)</code>").matcher(html);
        assertTrue(m.find());
        SecondFactorTest.awayFromAStepBoundary();
        s.postForm("/account/totp/confirm", "code", SecondFactorTest.code(m.group(1), -1)).then().statusCode(200);
        // Enrolled: the next login asks for the code, then the pages open.
        WebSession next = WebSession.loginAs(name, SecondFactorTest.PASSWORD);
        next.request().get("/physician").then().statusCode(303).header("Location", endsWith("/login/totp"));
        next.page("/login/totp");
        next.postForm("/login/totp", "code", SecondFactorTest.code(m.group(1), 0)).then().statusCode(303);
        next.page("/physician");
    }

    @Test
    void aNurseIsNotAskedButTheDemoAdministratorIs() {
        WebSession.nurse().page("/worklist");
        WebSession.apiNurse().get("/api/patients").then().statusCode(200);
        WebSession.admin().request().get("/admin/users").then().statusCode(303)
                .header("Location", endsWith("/account/totp"));
    }
}
