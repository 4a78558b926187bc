package org.clinic.courses.catalog;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.clinic.courses.support.WebSession;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.clinic.courses.support.WebSession.*;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;

@QuarkusTest
class DrugCatalogTest {
    @Test
    void everySignedInRoleReadsTheCatalog() {
        apiNurse().get("/api/drugs").then().statusCode(200).body("code", hasItems("cerebrolysin", "cortexin"));
        apiPhysician().get("/api/drugs/cerebrolysin").then().statusCode(200)
                .body("definition.concentrationMgPerMl", is(215.2f))
                .body("definition.routes.route", hasItems("IM_INJECTION", "IV_INJECTION", "IV_INFUSION"));
        apiAdmin().get("/api/drugs/cerebrolysin").then().statusCode(200);
        apiAdmin().get("/api/drugs/aspirin").then().statusCode(404);
        RestAssured.given().get("/api/drugs").then().statusCode(401);
    }

    @Test
    void onlyAdminChangesItAndThePreviousDefinitionIsKept() {
        Map<String, Object> definition = apiAdmin().get("/api/drugs/cortexin").then().extract().path("definition");
        int revision = apiAdmin().get("/api/drugs/cortexin").then().extract().path("revision");
        definition.put("description", "Edited in a test");
        apiPhysician().body(definition).put("/api/drugs/cortexin").then().statusCode(403);
        apiNurse().body(definition).put("/api/drugs/cortexin").then().statusCode(403);
        apiAdmin().body(definition).put("/api/drugs/cortexin").then().statusCode(200)
                .body("revision", is(revision + 1)).body("definition.description", is("Edited in a test"))
                .body("updatedBy", is("admin"));
        long kept = QuarkusTransaction.requiringNew().call(() ->
                DrugRevision.count("drugCode = ?1 and revision = ?2", "cortexin", revision));
        assertThat(kept, is(1L));
    }

    @Test
    void insaneDefinitionsAreRefusedWithEveryField() {
        String bad = """
                {"code":"cortexin","name":"","dailyVolumeMl":{"min":50,"max":10},"concentrationMgPerMl":-1,"persistenceDays":0,
                 "routes":[{"route":"IM_INJECTION","maxVolumeMl":0}],
                 "protocols":[{"name":"X","route":"IV_INFUSION","lengthDays":{"min":10,"max":5},"defaultLengthDays":0,
                   "schedule":"DAILY"}]}""";
        apiAdmin().body(bad).put("/api/drugs/cortexin").then().statusCode(400)
                .body("errors.field", hasItems("name", "concentrationMgPerMl", "dailyVolumeMl.max",
                        "routes[0].maxVolumeMl", "protocols[0].route", "protocols[0].lengthDays",
                        "protocols[0].defaultLengthDays", "persistenceDays"));
        apiAdmin().body("{\"name\":\"X\",\"routes\":[{\"route\":\"ORAL\"}]}").put("/api/drugs/cortexin").then()
                .statusCode(400);
        apiAdmin().body("{\"name\":\"X\",\"routes\":[]}").put("/api/drugs/nope").then().statusCode(404);
    }

    @Test
    void adminPagesShowTheDefinitionAndEditIt() {
        WebSession admin = WebSession.admin();
        assertThat(admin.page("/admin/drugs"), containsString("/admin/drugs/cerebrolysin"));
        String view = admin.page("/admin/drugs/cerebrolysin");
        assertThat(view, containsString("Routes and limits"));
        assertThat(view, containsString("Epilepsy/seizure disorders"));
        assertThat(view, containsString("Lithium"));
        assertThat(view, containsString("Acute ischaemic stroke"));
        String html = admin.postForm("/admin/drugs/cerebrolysin", "name", "Cerebrolysin", "persistenceDays", "3",
                "dailyMinMl", "50", "dailyMaxMl", "10", "lists", "{not json").then().statusCode(400).extract().asString();
        assertThat(html, containsString("id=\"dailyMaxMl-error\""));
        assertThat(html, containsString("id=\"lists-error\""));
        WebSession.nurse().request().get("/admin/drugs").then().statusCode(403);
    }
}
