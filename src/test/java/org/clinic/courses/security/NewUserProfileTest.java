package org.clinic.courses.security;

import io.quarkus.test.junit.QuarkusTest;
import org.clinic.courses.support.WebSession;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.hamcrest.Matchers.*;

/** An administrator creating an account over the API can give its name and qualification at once (api.md: users). */
@QuarkusTest
class NewUserProfileTest {

    @Test
    void theNameAndQualificationGivenAtCreationAreStoredAndShown() {
        String name = "dr-lind-" + System.nanoTime() % 1_000_000;
        int id = WebSession.apiAdmin().body(Map.of("username", name, "password", "copper-lantern-harbour-38",
                        "role", "PHYSICIAN", "fullName", "Dr. Astrid Lind", "qualification", "PHYSICIAN",
                        "contact", "+46 8 123 45"))
                .post("/api/users").then().statusCode(201)
                .body("fullName", equalTo("Dr. Astrid Lind"))
                .body("qualification", equalTo("PHYSICIAN"))
                .body("contact", equalTo("+46 8 123 45"))
                .extract().path("id");
        WebSession.apiAdmin().get("/api/users/" + id).then().statusCode(200)
                .body("fullName", equalTo("Dr. Astrid Lind")).body("qualification", equalTo("PHYSICIAN"));
    }

    @Test
    void aBadQualificationIsAnsweredWithTheAccountsOwnProblemsAndNothingIsStored() {
        String name = "nurse-bad-" + System.nanoTime() % 1_000_000;
        WebSession.apiAdmin().body(Map.of("username", name, "password", "short", "role", "NURSE",
                        "qualification", "SURGEON"))
                .post("/api/users").then().statusCode(400)
                .body("errors.field", hasItems("password", "qualification"));
        WebSession.apiAdmin().get("/api/users").then().statusCode(200).body("username", not(hasItem(name)));
    }

    @Test
    void withoutAProfileTheAccountIsCreatedAsBefore() {
        String name = "plain-" + System.nanoTime() % 1_000_000;
        WebSession.apiAdmin().body(Map.of("username", name, "password", "copper-lantern-harbour-38", "role", "NURSE"))
                .post("/api/users").then().statusCode(201)
                .body("fullName", nullValue()).body("qualification", nullValue());
    }
}
