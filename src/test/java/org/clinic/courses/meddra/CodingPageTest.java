package org.clinic.courses.meddra;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.clinic.courses.course.Route;
import org.clinic.courses.support.DoseFixtures;
import org.clinic.courses.support.WebSession;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** The physician's coding page: the nurse's words, suggested current terms, confirm or search another. */
@QuarkusTest
class CodingPageTest {
    @Test
    void physicianConfirmsASuggestionThenRecodesWithAReason() {
        String version = MeddraFixture.importSynthetic();
        long course = DoseFixtures.activeCourse(Route.IV_INFUSION, "30");
        long event = WebSession.apiNurse().body("{\"observedOn\":\"" + DoseFixtures.today() + "\",\"term\":\"Wobble  fever\","
                        + "\"grade\":1,\"serious\":false,\"seriousCriteria\":[],\"action\":\"NONE\",\"outcome\":\"NOT_RECOVERED\","
                        + "\"causality\":\"POSSIBLE\"}").post("/api/courses/" + course + "/adverse-events")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        WebSession physician = WebSession.physician();
        assertTrue(physician.page("/courses/" + course).contains("href=\"/adverse-events/" + event + "/coding\""),
                "the course page links each side effect to its coding");
        String page = physician.page("/adverse-events/" + event + "/coding");
        assertTrue(page.contains("Wobble  fever"), page);
        assertTrue(page.contains("Suggested lowest-level terms (MedDRA " + version + ")"), page);
        assertTrue(page.matches("(?s).*id=\"llt-90000005\" name=\"lltCode\" value=\"90000005\" checked.*Wobble fever.*exact.*"), page);
        assertTrue(page.contains("Not coded yet."), page);

        physician.postFormExpectRedirect("/adverse-events/" + event + "/coding", "lltCode", "90000005", "reason", "");
        String coded = physician.page("/adverse-events/" + event + "/coding");
        assertTrue(coded.contains("MedDRA " + version + ": 90000005 Wobble fever (PT 90000102 Wobble fever)"), coded);

        String search = physician.page("/adverse-events/" + event + "/coding?q=fever+wobbling");
        assertTrue(search.contains("value=\"90000006\""), search);
        Response noReason = physician.postForm("/adverse-events/" + event + "/coding", "lltCode", "90000006", "reason", "");
        assertEquals(400, noReason.statusCode());
        assertTrue(noReason.asString().contains("id=\"reason-error\""), noReason.asString());
        physician.postFormExpectRedirect("/adverse-events/" + event + "/coding", "lltCode", "90000006", "reason", "closer wording");
        String recoded = physician.page("/adverse-events/" + event + "/coding");
        assertTrue(recoded.contains("90000006 Fever of wobbling"), recoded);
        assertTrue(recoded.matches("(?s).*id=\"earlier-codings\".*90000005 Wobble fever.*"), recoded);
        assertTrue(recoded.contains("Wobble  fever"), "the verbatim term stays");
        assertFalse(WebSession.nurse().page("/courses/" + course).contains("/coding\""), "nurses do not code");
    }
}
