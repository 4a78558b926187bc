package org.clinic.courses.settings;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;

@QuarkusTest
class SettingsApiTest {

    @Test
    @TestSecurity(user = "admin", roles = "ADMIN", authMechanism = "basic")
    void everyInvalidFieldIsListedAndNothingIsStored() {
        String before = given().get("/api/settings").then().statusCode(200).extract().asString();
        given().contentType(ContentType.JSON)
                .body("{\"organisationName\":\" \",\"country\":\"Austria\",\"senderId\":\"AT-1\"}")
                .put("/api/settings")
                .then().statusCode(400)
                .body("errors.field", containsInAnyOrder("organisationName", "country", "senderId"));
        given().get("/api/settings").then().statusCode(200).body(equalTo(before));
    }

    @Test
    @TestSecurity(user = "admin", roles = "ADMIN", authMechanism = "basic")
    void savedSettingsAreReadBack() {
        given().contentType(ContentType.JSON)
                .body("{\"organisationName\":\"Szpital Łódź\",\"address\":\"ul. Kopernika 1, 90-001 Łódź\","
                        + "\"country\":\"pl\",\"senderId\":\"SZP.LODZ\",\"defaultReceiver\":\"URPL\"}")
                .put("/api/settings")
                .then().statusCode(200).body("country", equalTo("PL"));
        given().get("/api/settings").then().statusCode(200)
                .body("organisationName", equalTo("Szpital Łódź"))
                .body("address", equalTo("ul. Kopernika 1, 90-001 Łódź"))
                .body("country", equalTo("PL"))
                .body("senderId", equalTo("SZP.LODZ"))
                .body("defaultReceiver", equalTo("URPL"));
    }

    @Test
    @TestSecurity(user = "physician", roles = "PHYSICIAN", authMechanism = "basic")
    void onlyAnAdminReadsThem() {
        given().get("/api/settings").then().statusCode(403);
    }
}
