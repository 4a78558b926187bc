package org.clinic.courses.adverse;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.clinic.courses.course.Route;
import org.clinic.courses.support.WebSession;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.clinic.courses.support.DoseFixtures.*;
import static org.clinic.courses.support.WebSession.apiNurse;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

/**
 * "Correct this entry" for a side effect: the original voided (reason, user, time) and the corrected copy
 * stored with replacesId, in one transaction; the copy screened like any new side effect, the voided one no
 * longer counting; the API and the form idempotent; the course page shows the chain both ways.
 */
@QuarkusTest
class AdverseEventCorrectionTest {
    static Map<String, Object> event(String term, int grade, int daysAgo) {
        Map<String, Object> body = new HashMap<>(AdverseEventApiTest.headache());
        body.put("term", term);
        body.put("grade", grade);
        body.put("observedOn", today().minusDays(daysAgo).toString());
        return body;
    }

    static int recorded(long course, Map<String, Object> body) {
        return apiNurse().body(body).post(AdverseEventApiTest.path(course)).then().statusCode(201).extract().path("id");
    }

    static Map<String, Object> correction(Map<String, Object> event, String reason) {
        Map<String, Object> body = new HashMap<>(event);
        body.put("reason", reason);
        return body;
    }

    static String path(long id) {
        return "/api/adverse-events/" + id + "/correction";
    }

    static AdverseEvent stored(long id) {
        return QuarkusTransaction.requiringNew().call(() -> AdverseEvent.<AdverseEvent>findById(id));
    }

    static List<String> openFlags(long course) {
        return apiNurse().queryParam("courseId", course).queryParam("status", "OPEN").get("/api/flags")
                .then().statusCode(200).extract().jsonPath().getList("code");
    }

    @Test
    void theApiVoidsTheOriginalAndStoresTheLinkedCopyOnce() {
        long course = activeCourse(Route.IV_INFUSION, "30");
        int original = recorded(course, event("Headache", 1, 1));
        Map<String, Object> body = correction(event("Nausea", 2, 1), "Wrong term picked");
        String key = UUID.randomUUID().toString();

        int copy = apiNurse().header("Idempotency-Key", key).body(body).post(path(original)).then().statusCode(201)
                .header("Location", endsWith("/api/adverse-events/" + apiNurse().header("Idempotency-Key", key)
                        .body(body).post(path(original)).then().statusCode(200).header("Idempotent-Replayed", "true")
                        .extract().path("id")))
                .body("replacesId", equalTo(original)).body("term", equalTo("Nausea")).body("grade", equalTo(2))
                .body("voided", equalTo(false)).body("recordedBy", equalTo("nurse")).extract().path("id");
        assertNotEquals(original, copy);
        apiNurse().get("/api/adverse-events/" + original).then().statusCode(200)
                .body("voided", equalTo(true)).body("voidReason", equalTo("Wrong term picked"))
                .body("voidedBy", equalTo("nurse")).body("voidedAt", notNullValue()).body("replacesId", nullValue());
        apiNurse().get("/api/adverse-events/" + copy).then().statusCode(200).body("replacesId", equalTo(original));
        assertEquals(2, adverseEvents(course), "the original and one copy, however often the key is sent");

        // The same key with another body is a mismatch; a second correction of the voided original is refused,
        // and so is the same key sent for another entry.
        apiNurse().header("Idempotency-Key", key).body(correction(event("Itching", 2, 1), "x")).post(path(original))
                .then().statusCode(422);
        apiNurse().header("Idempotency-Key", UUID.randomUUID().toString()).body(body).post(path(original))
                .then().statusCode(409);
        int other = recorded(course, event("Dizziness", 1, 0));
        apiNurse().header("Idempotency-Key", key).body(body).post(path(other)).then().statusCode(409);
        assertEquals(3, adverseEvents(course));
        assertFalse(stored(other).voided);
    }

    @Test
    void badFieldsOrNoReasonStoreNothingAndLeaveTheOriginalStanding() {
        long course = activeCourse(Route.IV_INFUSION, "30");
        Map<String, Object> headache = event("Headache", 1, 1);
        int original = recorded(course, headache);
        Map<String, Object> bad = event("Headache", 7, -3);
        apiNurse().body(correction(bad, "  ")).post(path(original)).then().statusCode(400)
                .body("errors.field", hasItems("grade", "observedOn", "reason"));
        apiNurse().body(headache).post(path(original)).then().statusCode(400)
                .body("errors.field", contains("reason")).body(containsString("Give the reason for the correction"));
        apiNurse().body(correction(headache, "x")).post(path(999999999)).then().statusCode(404);
        assertFalse(stored(original).voided);
        assertEquals(1, adverseEvents(course));
        WebSession.apiAdmin().body(correction(headache, "x")).post(path(original)).then().statusCode(403);
        assertFalse(stored(original).voided);
    }

    @Test
    void theCopyIsScreenedAndTheVoidedOriginalStopsCounting() {
        long course = activeCourse(Route.IV_INFUSION, "30");
        int severe = recorded(course, event("Headache", 3, 1));
        assertTrue(openFlags(course).contains("SERIOUS_ADVERSE_EVENT"), "grade 3: " + openFlags(course));
        apiNurse().body(correction(event("Headache", 1, 1), "Grade 1, not 3: typed in the wrong box"))
                .post(path(severe)).then().statusCode(201).body("flags", empty());
        assertFalse(openFlags(course).contains("SERIOUS_ADVERSE_EVENT"), "the voided grade 3 no longer counts");

        // The other way round: a correction to grade 3 raises the flag on the copy.
        int mild = recorded(course, event("Nausea", 1, 0));
        int copy = apiNurse().body(correction(event("Nausea", 3, 0), "Vomiting all morning: severe"))
                .post(path(mild)).then().statusCode(201).body("flags.code", hasItem("SERIOUS_ADVERSE_EVENT"))
                .extract().path("id");
        List<Long> flagged = QuarkusTransaction.requiringNew().call(() -> org.clinic.courses.safety.Flag
                .<org.clinic.courses.safety.Flag>list("course.id = ?1 and code = ?2", course,
                        org.clinic.courses.safety.FlagCode.SERIOUS_ADVERSE_EVENT)
                .stream().filter(org.clinic.courses.safety.Flag::active).map(f -> f.adverseEventId).toList());
        assertEquals(List.of((long) copy), flagged, "the open serious flag points at the copy");

        // Three days of headache is persistent; correcting the middle day's term breaks the run.
        long second = activeCourse(Route.IV_INFUSION, "30");
        recorded(second, event("Headache", 1, 2));
        int middle = recorded(second, event("Headache", 1, 1));
        recorded(second, event("Headache", 1, 0));
        assertTrue(openFlags(second).contains("PERSISTENT_ADVERSE_EVENT"), "3 days: " + openFlags(second));
        apiNurse().body(correction(event("Dizziness", 1, 1), "It was dizziness that day"))
                .post(path(middle)).then().statusCode(201);
        assertFalse(openFlags(second).contains("PERSISTENT_ADVERSE_EVENT"), "days 1 and 3 are no run: " + openFlags(second));

        // Worsening: grade 1 then grade 2 of one term; correcting the later one back to 1 removes it.
        long third = activeCourse(Route.IV_INFUSION, "30");
        recorded(third, event("Itching", 1, 2));
        int worse = recorded(third, event("Itching", 2, 1));
        assertTrue(openFlags(third).contains("WORSENING_ADVERSE_EVENT"), "1 then 2: " + openFlags(third));
        apiNurse().body(correction(event("Itching", 1, 1), "Still grade 1")).post(path(worse)).then().statusCode(201);
        assertFalse(openFlags(third).contains("WORSENING_ADVERSE_EVENT"), openFlags(third).toString());
    }

    @Test
    void theFormIsPrefilledAsksTheReasonAndShowsTheChain() {
        long course = activeCourse(Route.IV_INFUSION, "30");
        int original = recorded(course, event("Headachee", 2, 1));
        WebSession nurse = WebSession.nurse();
        String coursePage = nurse.page("/courses/" + course);
        assertTrue(coursePage.contains("href=\"/adverse-events/" + original + "/correct?returnTo=/courses/" + course
                + "\" aria-label=\"Correct this entry: the side effect Headachee of day 2 for Ada Fixture\""), coursePage);

        String form = nurse.page("/adverse-events/" + original + "/correct?returnTo=/courses/" + course);
        assertTrue(form.contains("value=\"Headachee\""), "prefilled with the record");
        assertTrue(form.contains("value=\"2\" checked"), "the grade prefilled");
        assertTrue(form.contains("name=\"reason\""), "asks the reason");
        assertTrue(form.contains("aria-label=\"Save the correction for Ada Fixture\""), form);
        String token = value(form, "submissionToken");
        Object[] fields = {"observedOn", today().minusDays(1).toString(), "term", "Headache", "grade", "2",
                "action", "NONE", "outcome", "NOT_RECOVERED", "causality", "POSSIBLE", "submissionToken", token,
                "returnTo", "/courses/" + course, "reason", "Typo in the term"};

        Response noReason = nurse.postForm("/adverse-events/" + original + "/correct", "observedOn",
                today().minusDays(1).toString(), "term", "Headache", "grade", "2", "action", "NONE", "outcome",
                "NOT_RECOVERED", "submissionToken", token, "reason", "");
        assertEquals(400, noReason.statusCode());
        assertTrue(noReason.asString().contains("Give the reason for the correction"));
        assertTrue(noReason.asString().contains("value=\"Headache\""), "what was typed stays");
        assertFalse(stored(original).voided);

        assertTrue(nurse.postFormExpectRedirect("/adverse-events/" + original + "/correct", fields)
                .endsWith("/courses/" + course));
        String page = nurse.page("/courses/" + course);
        assertTrue(page.contains("Corrected: Headache, grade 2; the entry it replaces is voided."), "flash: " + page);
        // Sent twice (a double tap, a reload): the same copy, nothing new stored.
        nurse.postFormExpectRedirect("/adverse-events/" + original + "/correct", fields);
        assertTrue(nurse.page("/courses/" + course).contains("Already corrected: Headache, grade 2."));
        assertEquals(2, adverseEvents(course));

        List<AdverseEvent> all = QuarkusTransaction.requiringNew().call(() ->
                AdverseEvent.<AdverseEvent>list("course.id = ?1 order by id", course));
        assertEquals("Headache", all.get(1).term);
        assertEquals((long) original, all.get(1).replacesId);
        assertTrue(all.get(0).voided);
        assertEquals("Typo in the term", all.get(0).voidReason);
        String day = today().minusDays(1).toString();
        assertTrue(page.contains("Corrects the entry of " + day + ", voided by nurse: Typo in the term"), page);
        assertTrue(page.contains("Corrected by nurse (Typo in the term); the corrected entry is of " + day), page);
        assertFalse(page.contains("/adverse-events/" + original + "/correct"), "the voided entry offers no correction");
        assertTrue(page.contains("/adverse-events/" + all.get(1).id + "/correct"), "the copy can be corrected in turn");

        String again = nurse.page("/adverse-events/" + original + "/correct");
        assertTrue(again.contains("can no longer be corrected"), "a voided entry offers no second correction");
        assertFalse(again.contains("name=\"reason\""));
    }

    static String value(String html, String name) {
        Matcher m = Pattern.compile("name=\"" + name + "\"[^>]*value=\"([^\"]*)\"").matcher(html);
        assertTrue(m.find(), "no " + name + " in the page");
        return m.group(1);
    }
}
