package org.clinic.courses.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.clinic.courses.audit.AuditEvent;
import org.clinic.courses.support.WebSession;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

@QuarkusTest
class AccessAndHeadersTest {

    @Test
    void apiNeedsBasicCredentials() {
        RestAssured.given().get("/api/users").then().statusCode(401)
                .header("WWW-Authenticate", containsString("Basic"));
        WebSession.api("admin", "wrong-password").get("/api/users").then().statusCode(401);
        WebSession.apiAdmin().get("/api/users").then().statusCode(200).body("username", hasItem("nurse"));
    }

    @Test
    void rolesAreEnforcedOnPagesAndApi() {
        WebSession.apiNurse().get("/api/users").then().statusCode(403).body("errors[0].message", notNullValue());
        WebSession.apiPhysician().get("/api/users").then().statusCode(403);
        WebSession.nurse().request().get("/admin/users").then().statusCode(403)
                .body(containsString("Not allowed")).body(not(containsString("Exception")));
        WebSession.admin().page("/admin/users");
    }

    @Test
    void denialsAreAudited() throws InterruptedException {
        long before = count("physician", "ACCESS_DENIED");
        WebSession.apiPhysician().get("/api/users").then().statusCode(403);
        long deadline = System.currentTimeMillis() + 5000;
        while (count("physician", "ACCESS_DENIED") == before && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        assertEquals(before + 1, count("physician", "ACCESS_DENIED"));
    }

    @Test
    void formPostWithoutCsrfTokenIsRejectedAndStoresNothing() {
        WebSession admin = WebSession.admin();
        admin.request().contentType("application/x-www-form-urlencoded")
                .formParam("username", "no-token-user").formParam("password", "long-enough-password")
                .formParam("role", "NURSE")
                .post("/admin/users").then().statusCode(400);
        assertFalse(exists("no-token-user"));
    }

    @Test
    void formPostWithAnotherSessionsTokenIsRejected() {
        WebSession other = WebSession.admin();
        other.page("/admin/users");
        WebSession admin = WebSession.admin();
        admin.page("/admin/users");
        admin.request().contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", other.csrf())
                .formParam("username", "foreign-token-user").formParam("password", "long-enough-password")
                .formParam("role", "NURSE")
                .post("/admin/users").then().statusCode(400);
        assertFalse(exists("foreign-token-user"));
    }

    @Test
    void formPostWithItsTokenWorks() {
        WebSession admin = WebSession.admin();
        admin.page("/admin/users");
        String location = admin.postFormExpectRedirect("/admin/users",
                "username", "with-token-user", "password", "long-enough-password", "role", "NURSE");
        assertTrue(location.endsWith("/admin/users"));
        assertTrue(exists("with-token-user"));
        assertTrue(admin.page("/admin/users").contains("Account with-token-user created."));
    }

    @Test
    void invalidAccountFormReRendersWithFieldMessages() {
        WebSession admin = WebSession.admin();
        admin.page("/admin/users");
        String html = admin.postForm("/admin/users", "username", "X Y", "password", "short", "role", "BOSS")
                .then().statusCode(400).extract().asString();
        assertTrue(html.contains("id=\"username-error\""));
        assertTrue(html.contains("id=\"password-error\""));
        assertTrue(html.contains("id=\"role-error\""));
        assertFalse(exists("X Y"));
    }

    @Test
    void securityHeadersOnPagesApiStaticAndErrors() {
        for (Response r : new Response[]{
                RestAssured.given().get("/login"),
                WebSession.apiAdmin().get("/api/users"),
                RestAssured.given().get("/api/users"),
                RestAssured.given().get("/css/app.css"),
                WebSession.nurse().request().get("/no-such-page")}) {
            String csp = r.header("Content-Security-Policy");
            assertNotNull(csp);
            assertTrue(csp.contains("frame-ancestors 'none'"), csp);
            assertFalse(csp.contains("unsafe-inline"), csp);
            assertEquals("nosniff", r.header("X-Content-Type-Options"));
            assertNotNull(r.header("Referrer-Policy"));
        }
        assertEquals("no-store", RestAssured.given().get("/login").header("Cache-Control"));
        assertEquals("no-store", WebSession.apiAdmin().get("/api/users").header("Cache-Control"));
    }

    @Test
    void unknownPagesGetA404PageWithoutInternals() {
        WebSession.nurse().request().get("/no-such-page").then().statusCode(404)
                .body(containsString("Not found")).body(not(containsString("at org.")));
        WebSession.apiNurse().get("/api/no-such-thing").then().statusCode(404);
    }

    @Test
    void healthIsPublicAndChecksTheDatabase() {
        RestAssured.given().get("/q/health/ready").then().statusCode(200)
                .body("status", is("UP")).body("checks.name", hasItem(containsString("Database")));
    }

    @Test
    void openApiDescribesTheApi() {
        WebSession.nurse().request().get("/q/openapi?format=json").then().statusCode(200)
                .body(containsString("/api/users"));
    }

    @Test
    void apiAccountCreationValidatesEveryFieldAndRefusesDuplicates() {
        WebSession.apiAdmin().body("{\"username\":\"\",\"password\":\"short\",\"role\":\"BOSS\"}")
                .post("/api/users").then().statusCode(400)
                .body("errors.field", hasItems("username", "password", "role"));
        WebSession.apiAdmin().body("{\"username\":\"nurse\",\"password\":\"long-enough-password\",\"role\":\"NURSE\"}")
                .post("/api/users").then().statusCode(409);
        WebSession.apiAdmin().body("{\"username\":").post("/api/users").then().statusCode(400)
                .body("errors[0].field", is("body"));
        WebSession.apiAdmin().body("[1,2]").post("/api/users").then().statusCode(400);
        WebSession.apiAdmin().body("{\"username\":\"api-made\",\"password\":\"long-enough-password\",\"role\":\"PHYSICIAN\"}")
                .post("/api/users").then().statusCode(201)
                .header("Location", containsString("/api/users/"))
                .body("username", is("api-made")).body("role", is("PHYSICIAN"))
                .body("$", not(hasKey("passwordHash")));
    }

    @Test
    void passwordsAreStoredAsBcrypt() {
        String hash = QuarkusTransaction.requiringNew().call(() -> User.findByUsername("nurse").orElseThrow().passwordHash);
        assertTrue(hash.startsWith("$2"), "bcrypt modular crypt format");
    }

    static boolean exists(String username) {
        return QuarkusTransaction.requiringNew().call(() -> User.findByUsername(username).isPresent());
    }

    static long count(String username, String action) {
        return QuarkusTransaction.requiringNew().call(() ->
                AuditEvent.count("username = ?1 and action = ?2", username, action));
    }
}
