package org.clinic.courses.patient;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.clinic.courses.support.WebSession.*;
import static org.hamcrest.Matchers.*;

@QuarkusTest
class PatientApiTest {
    static String mrn() {
        return "T-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String body(String mrn) {
        return """
                {"mrn":"%s","givenName":"Ada","familyName":"Lovelace","birthDate":"1950-03-02",
                 "sex":"FEMALE","weightKg":61.5,
                 "conditions":[{"name":"Epilepsy","code":"G40.909"}],
                 "medications":[{"name":"Lithium carbonate 300 mg"}],
                 "allergies":[{"substance":"Penicillin"}],
                 "egfr":72, "apoeE4Carrier":false}""".formatted(mrn);
    }

    @Test
    void aWrongTypeIsNamedInTheContractsWordsAndNothingIsStored() {
        String mrn = mrn();
        apiNurse().body(body(mrn).replace("\"weightKg\":61.5", "\"weightKg\":\"abc\"")).post("/api/patients").then()
                .statusCode(400).body("errors[0].field", is("weightKg")).body("errors[0].message", is("Invalid value: expected a number"));
        apiNurse().body(body(mrn).replace("\"birthDate\":\"1950-03-02\"", "\"birthDate\":\"notadate\"")).post("/api/patients")
                .then().statusCode(400).body("errors[0].field", is("birthDate"))
                .body("errors[0].message", containsString("YYYY-MM-DD"));
        apiNurse().queryParam("q", mrn).get("/api/patients").then().statusCode(200).body("size()", is(0));
    }

    @Test
    void nurseRegistersWithNestedRecordsAndReadsBack() {
        String mrn = mrn();
        int id = apiNurse().body(body(mrn)).post("/api/patients").then().statusCode(201)
                .header("Location", containsString("/api/patients/")).extract().path("id");
        apiPhysician().get("/api/patients/" + id).then().statusCode(200)
                .body("mrn", is(mrn)).body("sex", is("FEMALE")).body("weightKg", is(61.5f))
                .body("conditions[0].name", is("Epilepsy")).body("conditions[0].code", is("G40.909"))
                .body("medications[0].name", is("Lithium carbonate 300 mg"))
                .body("allergies[0].substance", is("Penicillin"))
                .body("egfr", is(72.0f)).body("apoeE4Carrier", is(false));
        apiNurse().queryParam("q", mrn).get("/api/patients").then().statusCode(200)
                .body("size()", is(1)).body("[0].id", is(id));
        apiNurse().queryParam("q", "lovelace").get("/api/patients").then().statusCode(200)
                .body("mrn", hasItem(mrn));
    }

    @Test
    void duplicateMrnIsConflict() {
        String mrn = mrn();
        apiNurse().body(body(mrn)).post("/api/patients").then().statusCode(201);
        apiPhysician().body(body(mrn)).post("/api/patients").then().statusCode(409)
                .body("errors[0].message", containsString(mrn));
    }

    @Test
    void everyInvalidFieldIsListed() {
        String bad = """
                {"mrn":"","givenName":"%s","familyName":"","birthDate":"02/03/1950","sex":"WOMAN",
                 "weightKg":-3,"egfr":9999,"conditions":[{"name":""}],"medications":[{"name":"%s"}]}"""
                .formatted("x".repeat(101), "y".repeat(201));
        apiNurse().body(bad).post("/api/patients").then().statusCode(400)
                .body("errors.field", hasItems("mrn", "givenName", "familyName", "birthDate", "sex", "weightKg",
                        "egfr", "conditions[0].name", "medications[0].name"));
        apiNurse().queryParam("q", "Lovelace").get("/api/patients").then().statusCode(200);
    }

    @Test
    void wrongTypesAndIdsAreNot500() {
        apiNurse().body("{\"mrn\":\"X\",\"weightKg\":\"heavy\"}").post("/api/patients").then().log().ifValidationFails().statusCode(400)
                .body("errors[0].field", is("weightKg"));
        apiNurse().body("{not json").post("/api/patients").then().statusCode(400);
        apiNurse().body("").post("/api/patients").then().statusCode(400);
        apiNurse().get("/api/patients/999999").then().statusCode(404);
        apiNurse().get("/api/patients/abc").then().statusCode(404);
        apiNurse().body("{\"name\":\"Epilepsy\"}").post("/api/patients/999999/conditions").then().statusCode(404);
    }

    @Test
    void rolesAreEnforced() {
        apiAdmin().get("/api/patients").then().statusCode(403);
        apiAdmin().body(body(mrn())).post("/api/patients").then().statusCode(403);
        RestAssured.given().get("/api/patients").then().statusCode(401);
        RestAssured.given().contentType("application/json").body(body(mrn())).post("/api/patients").then().statusCode(401);
    }

    @Test
    void conditionsAndMedicationsAreAddedAndRemovedWithReason() {
        int id = apiNurse().body(body(mrn())).post("/api/patients").then().statusCode(201).extract().path("id");
        int cid = apiNurse().body("{\"name\":\"Chronic kidney disease stage 5\",\"code\":\"N18.5\"}")
                .post("/api/patients/" + id + "/conditions").then().statusCode(201)
                .body("name", is("Chronic kidney disease stage 5")).extract().path("id");
        apiPhysician().body("{\"name\":\"Sertraline 50 mg\"}").post("/api/patients/" + id + "/medications")
                .then().statusCode(201).body("name", is("Sertraline 50 mg"));
        apiNurse().body("{\"name\":\"\"}").post("/api/patients/" + id + "/medications").then().statusCode(400)
                .body("errors[0].field", is("name"));
        apiNurse().body("{}").post("/api/patients/" + id + "/conditions/" + cid + "/remove").then().statusCode(400)
                .body("errors[0].field", is("reason"));
        apiNurse().body("{\"reason\":\"Entered on the wrong patient\"}")
                .post("/api/patients/" + id + "/conditions/" + cid + "/remove").then().statusCode(200)
                .body("conditions.find { it.id == " + cid + " }.removedReason", is("Entered on the wrong patient"))
                .body("conditions.find { it.id == " + cid + " }.removedBy", is("nurse"));
        apiNurse().get("/api/patients/" + id).then().body("medications.name", hasItem("Sertraline 50 mg"));
    }

    @Test
    void editNeedsTheCurrentVersion() {
        String mrn = mrn();
        int id = apiNurse().body(body(mrn)).post("/api/patients").then().statusCode(201).extract().path("id");
        int version = apiNurse().get("/api/patients/" + id).then().extract().path("version");
        String edit = body(mrn).replace("\"Ada\"", "\"Augusta Ada\"").replaceFirst("\\{", "{\"version\":" + version + ",");
        apiNurse().body(edit).put("/api/patients/" + id).then().statusCode(200).body("givenName", is("Augusta Ada"));
        apiNurse().body(edit).put("/api/patients/" + id).then().statusCode(409);
    }
}
