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

    /** Review finding: "Confirm" on an already coded event silently reverted it to the best suggestion. */
    @Test
    void theCurrentCodingIsPreselectedEvenWhenItIsNotASuggestion() {
        String version = MeddraFixture.importSynthetic();
        long course = DoseFixtures.activeCourse(Route.IV_INFUSION, "30");
        long event = WebSession.apiNurse().body("{\"observedOn\":\"" + DoseFixtures.today() + "\",\"term\":\"Wobble fever\","
                        + "\"grade\":1,\"serious\":false,\"seriousCriteria\":[],\"action\":\"NONE\",\"outcome\":\"NOT_RECOVERED\","
                        + "\"causality\":\"POSSIBLE\"}").post("/api/courses/" + course + "/adverse-events")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        WebSession physician = WebSession.physician();
        physician.postFormExpectRedirect("/adverse-events/" + event + "/coding", "lltCode", "90000005", "reason", "");
        physician.postFormExpectRedirect("/adverse-events/" + event + "/coding", "lltCode", "90000001", "reason", "a rash, not a fever");

        String page = physician.page("/adverse-events/" + event + "/coding");
        assertTrue(page.contains("MedDRA " + version + ": 90000001 Glimmer rash"), page);
        assertTrue(page.matches("(?s).*value=\"90000001\" checked>.*90000001 Glimmer rash.*current coding.*"), page);
        assertFalse(page.contains("value=\"90000005\" checked"), "the best suggestion must not be pre-selected over the coding");
        assertTrue(page.contains("value=\"90000005\""), "the suggestion is still offered");
        assertTrue(page.contains("Reason: a rash, not a fever"), "the history shows why the coding changed");
        assertTrue(page.matches("(?s).*id=\"earlier-codings\".*90000005 Wobble fever.*"), page);

        // coded with a suggestion: that suggestion is the checked one, not the first
        physician.postFormExpectRedirect("/adverse-events/" + event + "/coding", "lltCode", "90000006", "reason", "closer wording");
        String again = physician.page("/adverse-events/" + event + "/coding?q=fever");
        assertTrue(again.contains("value=\"90000006\" checked"), again);
        assertEquals(1, again.split(" checked>", -1).length - 1, "one choice pre-selected");
        assertTrue(again.contains("Reason: closer wording") && again.contains("Reason: a rash, not a fever"), again);
    }
}
