package org.clinic.courses.proof;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.clinic.courses.support.DoseFixtures;
import org.clinic.courses.support.WebSession;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Pattern;

import static org.clinic.courses.proof.HostileCases.*;
import static org.junit.jupiter.api.Assertions.*;

/**
 * Markup, SQL and formulas accepted as plain text are shown as text everywhere they appear: the
 * patient page, course page, worklist, flags page, and the CSV, FHIR and PDF exports.
 */
@QuarkusTest
class EscapedOutputTest {

    @Test
    void storedHostileTextIsInertWhereverItIsShown() throws Exception {
        long patient = WebSession.apiNurse().body("{\"mrn\":\"X-" + System.nanoTime() + "\",\"givenName\":" + json(SCRIPT)
                        + ",\"familyName\":" + json(IMG) + ",\"birthDate\":\"1950-01-01\",\"sex\":\"FEMALE\"}")
                .post("/api/patients").then().statusCode(201).extract().jsonPath().getLong("id");
        post("/api/patients/" + patient + "/conditions", "{\"name\":" + json(FORMULA) + "}");
        post("/api/patients/" + patient + "/medications", "{\"name\":" + json(SQL) + "}");
        String today = DoseFixtures.today().toString();
        long course = WebSession.apiPhysician().body("{\"patientId\":" + patient + ",\"drug\":\"cerebrolysin\","
                        + "\"indication\":" + json(SCRIPT) + ",\"route\":\"IV_INFUSION\",\"dailyVolumeMl\":30,"
                        + "\"startDate\":\"" + DoseFixtures.today().minusDays(3) + "\",\"lengthDays\":10,\"schedule\":\"DAILY\"}")
                .post("/api/courses").then().statusCode(201).extract().jsonPath().getLong("id");
        post("/api/courses/" + course + "/administrations", ProofFixtures.doseJson()
                .replace("\"lotNumber\":\"L1\"", "\"lotNumber\":" + json(IMG.substring(0, 30)) + ",\"notes\":" + json(SCRIPT)));
        for (int day = 3; day >= 0; day--) { // the same term on consecutive days raises a flag quoting it
            post("/api/courses/" + course + "/adverse-events", ProofFixtures.adverseEventJson()
                    .replace(today, DoseFixtures.today().minusDays(day).toString())
                    .replace("\"Headache\"", json(FORMULA)).replace("\"causality\"", "\"notes\":" + json(IMG) + ",\"causality\""));
        }
        WebSession nurse = WebSession.nurse();
        for (String page : List.of("/patients/" + patient, "/courses/" + course, "/worklist", "/flags",
                "/patients?q=" + patient)) {
            String html = nurse.page(page);
            assertInert(page, html);
        }
        assertTrue(nurse.page("/patients/" + patient).contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertTrue(nurse.page("/courses/" + course).contains("=HYPERLINK(&quot;http://x&quot;)"),
                "the course shows the side effect's term as text");
        assertTrue(nurse.page("/flags").contains("HYPERLINK"), "the flags page quotes the term");

        String query = "/api/reports/adverse-events?from=" + DoseFixtures.today().minusDays(5) + "&to=" + today
                + "&patientId=" + patient + "&format=";
        String csv = WebSession.apiPhysician().accept("*/*").get(query + "csv").then().statusCode(200).extract().asString();
        assertTrue(csv.contains("HYPERLINK"), csv);
        assertFalse(Pattern.compile("(^|,)\"?[=+@-]HYPERLINK", Pattern.MULTILINE).matcher(csv).find(),
                "a CSV cell starts with a formula: " + csv);
        String fhir = WebSession.apiPhysician().accept("*/*").get(query + "fhir").then().statusCode(200).extract().asString();
        String text = new ObjectMapper().readTree(fhir).toString();
        assertTrue(text.contains("=HYPERLINK(\\\"http://x\\\")"), "FHIR carries the term as a JSON string");
        Response pdf = WebSession.apiPhysician().accept("*/*").get(query + "pdf");
        assertEquals(200, pdf.statusCode());
        byte[] bytes = pdf.asByteArray();
        assertTrue(new String(bytes, 0, 5).startsWith("%PDF-") && new String(bytes).contains("%%EOF"), "a whole PDF");
    }

    private static void assertInert(String page, String html) {
        assertFalse(html.contains(SCRIPT), page + " shows a live script");
        assertFalse(html.contains("<img src=x"), page + " shows a live image tag");
        assertFalse(html.contains("onerror=alert(1)>"), page + " shows a live attribute");
    }

    private static void post(String path, String json) {
        Response r = WebSession.apiNurse().body(json).post(path);
        assertEquals(201, r.statusCode(), path + ": " + r.asString());
    }
}
