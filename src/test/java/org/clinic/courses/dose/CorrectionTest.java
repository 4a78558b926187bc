package org.clinic.courses.dose;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.clinic.courses.course.Route;
import org.clinic.courses.safety.FlagCode;
import org.clinic.courses.safety.FlagStatus;
import org.clinic.courses.support.WebSession;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.clinic.courses.support.DoseFixtures.*;
import static org.clinic.courses.support.WebSession.apiNurse;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

/**
 * "Correct this entry": the original voided (reason, user, time) and the corrected copy stored with
 * replacesId, in one transaction; the copy screened like any dose; the API and the form idempotent.
 */
@QuarkusTest
class CorrectionTest {
    static Map<String, Object> injection(int ml, String lot) {
        Map<String, Object> body = new HashMap<>();
        body.put("administeredAt", earlierToday(1200).truncatedTo(ChronoUnit.SECONDS).toString());
        body.put("route", "IV_INJECTION");
        body.put("volumeMl", ml);
        body.put("status", "GIVEN");
        body.put("lotNumber", lot);
        return body;
    }

    static int given(long course, Map<String, Object> body) {
        return apiNurse().body(body).post(DoseApiTest.path(course)).then().statusCode(201).extract().path("id");
    }

    static Map<String, Object> correction(Map<String, Object> dose, String reason) {
        Map<String, Object> body = new HashMap<>(dose);
        body.put("reason", reason);
        return body;
    }

    static Administration stored(long id) {
        return QuarkusTransaction.requiringNew().call(() -> Administration.<Administration>findById(id));
    }

    static List<String> openFlags(long course) {
        return apiNurse().queryParam("courseId", course).queryParam("status", "OPEN").get("/api/flags")
                .then().statusCode(200).extract().jsonPath().getList("code");
    }

    @Test
    void theApiVoidsTheOriginalAndStoresTheLinkedCopyOnce() {
        long course = activeCourse(Route.IV_INJECTION, "10");
        Map<String, Object> dose = injection(10, "L-WRONG");
        int original = given(course, dose);
        Map<String, Object> fixed = new HashMap<>(dose);
        fixed.put("lotNumber", "L-RIGHT");
        Map<String, Object> body = correction(fixed, "Lot misread from the vial");
        String key = UUID.randomUUID().toString();
        String path = "/api/administrations/" + original + "/correction";

        int copy = apiNurse().header("Idempotency-Key", key).body(body).post(path).then().statusCode(201)
                .header("Location", endsWith("/api/administrations/" + apiNurse().header("Idempotency-Key", key)
                        .body(body).post(path).then().statusCode(200).header("Idempotent-Replayed", "true")
                        .extract().path("id")))
                .body("replacesId", equalTo(original)).body("lotNumber", equalTo("L-RIGHT"))
                .body("voided", equalTo(false)).extract().path("id");
        assertNotEquals(original, copy);
        apiNurse().get("/api/administrations/" + original).then().statusCode(200)
                .body("voided", equalTo(true)).body("voidReason", equalTo("Lot misread from the vial"))
                .body("voidedBy", equalTo("nurse")).body("voidedAt", notNullValue());
        assertEquals(2, administrations(course), "the original and one copy, however often the key is sent");
        Administration a = stored(copy);
        assertEquals((long) original, a.replacesId);
        assertEquals(stored(original).administeredAt, a.administeredAt);

        // A second correction of the voided original (another key) is refused; the same key for another entry too.
        apiNurse().header("Idempotency-Key", UUID.randomUUID().toString()).body(body).post(path).then().statusCode(409);
        int other = given(course, injection(10, "L3"));
        apiNurse().header("Idempotency-Key", key).body(body).post("/api/administrations/" + other + "/correction")
                .then().statusCode(409);
        assertEquals(3, administrations(course));
    }

    @Test
    void badFieldsOrNoReasonStoreNothingAndLeaveTheOriginalStanding() {
        long course = activeCourse(Route.IV_INJECTION, "10");
        Map<String, Object> dose = injection(10, "L1");
        int original = given(course, dose);
        Map<String, Object> bad = new HashMap<>(dose);
        bad.put("volumeMl", -3);
        apiNurse().body(correction(bad, "  ")).post("/api/administrations/" + original + "/correction").then().statusCode(400)
                .body("errors.field", hasItems("volumeMl", "reason"));
        apiNurse().body(dose).post("/api/administrations/" + original + "/correction").then().statusCode(400)
                .body("errors.field", contains("reason"));
        apiNurse().body(correction(dose, "x")).post("/api/administrations/999999999/correction").then().statusCode(404);
        assertFalse(stored(original).voided);
        assertEquals(1, administrations(course));
        WebSession.apiAdmin().body(correction(dose, "x")).post("/api/administrations/" + original + "/correction").then().statusCode(403);
    }

    @Test
    void theCopyIsScreenedAndTheVoidedOriginalStopsCounting() {
        long course = activeCourse(Route.IV_INJECTION, "10");
        Map<String, Object> slip = injection(15, "L1");
        int original = given(course, slip);
        assertTrue(openFlags(course).contains("ROUTE_VOLUME_EXCEEDED"), "15 ml over a 10 ml limit: " + openFlags(course));
        Map<String, Object> fixed = new HashMap<>(slip);
        fixed.put("volumeMl", 10);
        apiNurse().body(correction(fixed, "Typed 15 for 10")).post("/api/administrations/" + original + "/correction")
                .then().statusCode(201);
        assertFalse(openFlags(course).contains("ROUTE_VOLUME_EXCEEDED"), "the voided 15 ml no longer counts");

        // The other way round: a correction to 20 ml raises the flag on the copy.
        long second = activeCourse(Route.IV_INJECTION, "10");
        Map<String, Object> right = injection(10, "L1");
        int ok = given(second, right);
        Map<String, Object> worse = new HashMap<>(right);
        worse.put("volumeMl", 20);
        int copy = apiNurse().body(correction(worse, "Gave two ampoules")).post("/api/administrations/" + ok + "/correction")
                .then().statusCode(201).body("flags.code", hasItem("ROUTE_VOLUME_EXCEEDED")).extract().path("id");
        assertTrue(copy > ok);
    }

    @Test
    void aBlockedCourseRefusesTheGivenCopyAndKeepsTheOriginal() {
        long course = activeCourse(Route.IV_INJECTION, "10");
        Map<String, Object> dose = injection(10, "L1");
        int original = given(course, dose);
        flag(course, FlagCode.CONTRAINDICATION, FlagStatus.OPEN);
        Map<String, Object> fixed = new HashMap<>(dose);
        fixed.put("lotNumber", "L2");
        apiNurse().body(correction(fixed, "Lot")).post("/api/administrations/" + original + "/correction").then().statusCode(409)
                .body(containsString("contraindication"));
        assertFalse(stored(original).voided, "the refused correction rolled back the void");
        assertEquals(1, administrations(course));
    }

    @Test
    void theFormIsPrefilledAsksTheReasonAndShowsTheChain() {
        long course = activeCourse(Route.IV_INJECTION, "10");
        int original = given(course, injection(10, "L-TYPO"));
        Instant at = stored(original).administeredAt;
        WebSession nurse = WebSession.nurse();
        String form = nurse.page("/administrations/" + original + "/correct?returnTo=/courses/" + course);
        assertTrue(form.contains("value=\"L-TYPO\""), "prefilled with the record");
        assertTrue(form.contains("name=\"reason\""), "asks the reason");
        String token = PageFields.value(form, "submissionToken");
        String shown = PageFields.value(form, "shownAt");
        Object[] fields = {"administeredAt", shown, "shownAt", shown, "route", "IV_INJECTION", "volumeMl", "10",
                "status", "GIVEN", "lotNumber", "L-FIXED", "submissionToken", token, "returnTo", "/courses/" + course,
                "reason", "Lot typed wrong"};

        Response noReason = nurse.postForm("/administrations/" + original + "/correct",
                "administeredAt", shown, "shownAt", shown, "route", "IV_INJECTION", "volumeMl", "10", "status", "GIVEN",
                "lotNumber", "L-FIXED", "submissionToken", token, "reason", "");
        assertEquals(400, noReason.statusCode());
        assertTrue(noReason.asString().contains("Give the reason for the correction"));
        assertTrue(noReason.asString().contains("value=\"L-FIXED\""), "what was typed stays");
        assertFalse(stored(original).voided);

        assertThat(nurse.postFormExpectRedirect("/administrations/" + original + "/correct", fields),
                endsWith("/courses/" + course));
        String page = nurse.page("/courses/" + course);
        assertTrue(page.contains("Corrected: 10 ml given on course day 3; the entry it replaces is voided."), "flash: " + page);
        // Sent twice (a double tap, a reload): the same copy, nothing new stored.
        nurse.postFormExpectRedirect("/administrations/" + original + "/correct", fields);
        assertTrue(nurse.page("/courses/" + course).contains("Already corrected: 10 ml given on course day 3."));
        assertEquals(2, administrations(course));

        List<Administration> all = QuarkusTransaction.requiringNew().call(() ->
                Administration.<Administration>list("course.id = ?1 order by id", course));
        Administration copy = all.get(1);
        assertEquals("L-FIXED", copy.lotNumber);
        assertEquals(at, copy.administeredAt, "the untouched time field keeps the original's exact time");
        String time = ClinicTimeText.clock(at);
        assertTrue(page.contains("Corrects the entry of " + time + ", voided by nurse: Lot typed wrong"), page);
        assertTrue(page.contains("Corrected by nurse (Lot typed wrong); the corrected entry is of " + time), page);

        String again = nurse.page("/administrations/" + original + "/correct");
        assertTrue(again.contains("can no longer be corrected"), "a voided entry offers no second correction");
        assertFalse(again.contains("name=\"reason\""));
    }

    private static void assertThat(String actual, org.hamcrest.Matcher<String> matcher) {
        org.hamcrest.MatcherAssert.assertThat(actual, matcher);
    }

    /** The clinic's time of day of an instant with its zone ("16:06 UTC"), as the pages print it. */
    static final class ClinicTimeText {
        static String clock(Instant at) {
            return org.clinic.courses.web.ClinicTime.formatClock(at, org.clinic.courses.support.DoseFixtures.clock().getZone());
        }
    }

    /** Values of named inputs in a page. */
    static final class PageFields {
        static String value(String html, String name) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"" + name + "\"[^>]*value=\"([^\"]*)\"")
                    .matcher(html);
            assertTrue(m.find(), "no " + name + " in the page");
            return m.group(1);
        }
    }
}
