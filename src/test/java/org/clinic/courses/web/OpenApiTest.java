package org.clinic.courses.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.clinic.courses.support.WebSession;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The OpenAPI document at /q/openapi describes every endpoint of the API contract. */
@QuarkusTest
class OpenApiTest {
    private static final List<String[]> CONTRACT = List.of(
            new String[]{"post", "/api/patients"}, new String[]{"get", "/api/patients"},
            new String[]{"get", "/api/patients/{id}"}, new String[]{"post", "/api/patients/{id}/conditions"},
            new String[]{"post", "/api/patients/{id}/medications"},
            new String[]{"post", "/api/courses"}, new String[]{"get", "/api/courses/{id}"},
            new String[]{"post", "/api/courses/{id}/stop"}, new String[]{"post", "/api/courses/{id}/sign-off"},
            new String[]{"post", "/api/courses/{id}/administrations"}, new String[]{"post", "/api/administrations/{id}/void"},
            new String[]{"post", "/api/courses/{id}/adverse-events"}, new String[]{"post", "/api/adverse-events/{id}/void"},
            new String[]{"get", "/api/flags"}, new String[]{"post", "/api/flags/{id}/acknowledge"},
            new String[]{"post", "/api/flags/{id}/override"},
            new String[]{"get", "/api/reports/adverse-events"},
            new String[]{"post", "/api/users"},
            new String[]{"get", "/api/drugs"}, new String[]{"get", "/api/drugs/{code}"}, new String[]{"put", "/api/drugs/{code}"});

    @Test
    void integratorsReadTheDocumentWithBasicAuthButNotAnonymously() {
        WebSession.apiNurse().get("/q/openapi?format=json").then().statusCode(200);
        io.restassured.RestAssured.given().redirects().follow(false).get("/q/openapi").then()
                .statusCode(org.hamcrest.Matchers.anyOf(org.hamcrest.Matchers.is(401), org.hamcrest.Matchers.is(302)));
    }

    @Test
    void everyContractEndpointIsDescribed() {
        JsonPath doc = WebSession.nurse().request().accept("application/json").get("/q/openapi?format=json")
                .then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Object>> paths = doc.getMap("paths");
        for (String[] endpoint : CONTRACT) {
            Map<String, Object> operations = paths.get(endpoint[1]);
            assertNotNull(operations, endpoint[1] + " is not in the OpenAPI document; it has " + paths.keySet());
            assertTrue(operations.containsKey(endpoint[0]), endpoint[0].toUpperCase() + " " + endpoint[1] + " is not described");
        }
    }

    @Test
    void theDocumentDescribesTheApiOnlyAndEveryReferenceResolves() {
        String json = WebSession.nurse().request().accept("application/json").get("/q/openapi?format=json")
                .then().statusCode(200).extract().asString();
        JsonPath doc = new JsonPath(json);
        Map<String, Object> paths = doc.getMap("paths");
        List<String> pages = paths.keySet().stream().filter(path -> !path.startsWith("/api/")).toList();
        assertTrue(pages.isEmpty(), "page routes are not part of the JSON API: " + pages);
        Map<String, Object> schemas = doc.getMap("components.schemas");
        Set<String> referred = new TreeSet<>();
        Matcher ref = Pattern.compile("#/components/schemas/([A-Za-z0-9_.]+)").matcher(json);
        while (ref.find()) {
            referred.add(ref.group(1));
        }
        assertTrue(schemas.keySet().containsAll(referred), "references without a schema: " + referred);
        assertTrue(referred.containsAll(schemas.keySet()), "schemas nothing refers to: " + new TreeSet<>(schemas.keySet()));
        assertFalse(schemas.containsKey("EngineImpl") || schemas.containsKey("TemplateInstance"), "template engine internals");
    }
}
