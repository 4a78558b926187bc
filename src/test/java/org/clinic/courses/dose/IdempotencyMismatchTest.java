package org.clinic.courses.dose;

import io.quarkus.test.junit.QuarkusTest;
import org.clinic.courses.course.Route;
import org.clinic.courses.support.WebSession;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.clinic.courses.support.DoseFixtures.*;
import static org.clinic.courses.support.WebSession.*;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Pen-test finding: a key reused with another body, or by another user, answered 200 with the first
 * record. It must answer 422 and store nothing; the same body by the same user still replays.
 */
@QuarkusTest
class IdempotencyMismatchTest {

    @Test
    void doseKeyReplaysOnlyForTheSameBodyAndUser() {
        long course = activeCourse(Route.IV_INFUSION, "30");
        String key = UUID.randomUUID().toString();
        Map<String, Object> dose = DoseApiTest.infusion();
        int first = apiNurse().header("Idempotency-Key", key).body(dose).post(DoseApiTest.path(course))
                .then().statusCode(201).extract().path("id");

        Map<String, Object> other = new HashMap<>(dose);
        other.put("volumeMl", 20);
        apiNurse().header("Idempotency-Key", key).body(other).post(DoseApiTest.path(course))
                .then().statusCode(422).header("Idempotent-Replayed", nullValue())
                .body("errors.field", contains("Idempotency-Key"));
        apiPhysician().header("Idempotency-Key", key).body(dose).post(DoseApiTest.path(course))
                .then().statusCode(422).body("errors.field", contains("Idempotency-Key"));
        assertEquals(1, administrations(course));

        // Same body in another key order and spacing: still the same request.
        Map<String, Object> reordered = new java.util.LinkedHashMap<>();
        new java.util.TreeMap<>(dose).descendingMap().forEach(reordered::put);
        apiNurse().header("Idempotency-Key", key).body("  " + DoseApiTest.json(reordered) + "\n").post(DoseApiTest.path(course))
                .then().statusCode(200).header("Idempotent-Replayed", "true").body("id", equalTo(first))
                .body("volumeMl", equalTo(30));
        assertEquals(1, administrations(course));
    }

    @Test
    void adverseEventKeyReplaysOnlyForTheSameBodyAndUser() {
        long course = activeCourse(Route.IV_INFUSION, "30");
        String path = "/api/courses/" + course + "/adverse-events";
        String key = UUID.randomUUID().toString();
        Map<String, Object> headache = new HashMap<>(Map.of("observedOn", today().minusDays(1).toString(),
                "term", "Headache", "grade", 1, "seriousCriteria", List.of(), "action", "NONE",
                "outcome", "NOT_RECOVERED", "causality", "POSSIBLE"));
        int first = apiNurse().header("Idempotency-Key", key).body(headache).post(path).then().statusCode(201)
                .extract().path("id");
        Map<String, Object> worse = new HashMap<>(headache);
        worse.put("grade", 3);
        apiNurse().header("Idempotency-Key", key).body(worse).post(path).then().statusCode(422)
                .body("errors.field", contains("Idempotency-Key"));
        apiPhysician().header("Idempotency-Key", key).body(headache).post(path).then().statusCode(422);
        assertEquals(1, adverseEvents(course));
        apiNurse().header("Idempotency-Key", key).body(headache).post(path).then().statusCode(200)
                .header("Idempotent-Replayed", "true").body("id", equalTo(first)).body("grade", equalTo(1));
        assertEquals(1, adverseEvents(course));
    }

    @Test
    void doseFormTokenReusedWithAnotherBodyReRendersWithAMessage() {
        long course = activeCourse(Route.IV_INFUSION, "30");
        WebSession nurse = WebSession.nurse();
        String token = UUID.randomUUID().toString();
        Object[] form = DosePagesTest.infusionForm(token, "/worklist");
        assertThat(nurse.postFormExpectRedirect("/courses/" + course + "/administrations", form), endsWith("/worklist"));
        Object[] changed = form.clone();
        for (int i = 0; i < changed.length; i += 2) {
            if ("volumeMl".equals(changed[i])) {
                changed[i + 1] = "20";
            }
        }
        String html = nurse.postForm("/courses/" + course + "/administrations", changed).then().statusCode(422)
                .extract().asString();
        assertThat(html, containsString("already used for a different submission"));
        assertThat(html, containsString("name=\"volumeMl\" type=\"number\" value=\"20\""));
        assertEquals(1, administrations(course));
        assertThat(nurse.postFormExpectRedirect("/courses/" + course + "/administrations", form), endsWith("/worklist"));
        assertEquals(1, administrations(course));
    }
}
