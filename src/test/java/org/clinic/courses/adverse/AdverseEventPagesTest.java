package org.clinic.courses.adverse;

import io.quarkus.test.junit.QuarkusTest;
import org.clinic.courses.course.Route;
import org.clinic.courses.support.WebSession;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.clinic.courses.support.DoseFixtures.*;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

@QuarkusTest
class AdverseEventPagesTest {

    @Test
    void formOffersKnownTermsGradeDefinitionsAndSavesOnce() {
        long course = activeCourse(Route.IV_INFUSION, "30");
        WebSession nurse = WebSession.nurse();
        String html = nurse.page("/courses/" + course + "/adverse-events/new");
        assertThat(html, containsString("<option value=\"Headache\">"));
        assertThat(html, containsString("Urgent intervention needed"));
        assertThat(html, containsString("value=\"HOSPITALISATION\""));
        // The serious criteria in words, not their codes.
        assertThat(html, containsString("value=\"LIFE_THREATENING\"> Life-threatening</label>"));
        assertThat(html, containsString("value=\"CONGENITAL_ANOMALY\"> Congenital anomaly</label>"));
        assertThat(html, not(containsString("> LIFE_THREATENING<")));
        WebSession.admin().request().get("/courses/" + course + "/adverse-events/new").then().statusCode(403);
        WebSession.anonymous().request().get("/courses/" + course + "/adverse-events/new").then().statusCode(302);
        String token = UUID.randomUUID().toString();
        Object[] form = {"observedOn", today().toString(), "term", "Headache", "grade", "2", "action", "NONE",
                "outcome", "RECOVERING", "causality", "POSSIBLE", "notes", "", "submissionToken", token, "returnTo", "/worklist"};
        assertThat(nurse.postFormExpectRedirect("/courses/" + course + "/adverse-events", form), endsWith("/worklist"));
        assertThat(nurse.postFormExpectRedirect("/courses/" + course + "/adverse-events", form), endsWith("/worklist"));
        assertEquals(1, adverseEvents(course));
    }

    @Test
    void invalidFieldsReRender() {
        long course = activeCourse(Route.IV_INFUSION, "30");
        WebSession nurse = WebSession.nurse();
        nurse.page("/courses/" + course + "/adverse-events/new");
        String html = nurse.postForm("/courses/" + course + "/adverse-events", "observedOn", "2020-13-45", "term", "",
                "grade", "9", "seriousCriteria", "BORED", "action", "X", "outcome", "RECOVERED",
                "submissionToken", UUID.randomUUID().toString()).then().statusCode(400).extract().asString();
        for (String f : new String[]{"observedOn", "term", "grade", "seriousCriteria", "action"}) {
            assertTrue(html.contains("id=\"" + f + "-error\""), f);
        }
        assertEquals(0, adverseEvents(course));
    }

    @Test
    void voidForm() {
        long course = activeCourse(Route.IV_INFUSION, "30");
        int id = WebSession.apiNurse().body(AdverseEventApiTest.headache())
                .post(AdverseEventApiTest.path(course)).path("id");
        WebSession nurse = WebSession.nurse();
        nurse.page("/adverse-events/" + id + "/void");
        nurse.postForm("/adverse-events/" + id + "/void", "reason", "").then().statusCode(400);
        assertThat(nurse.postFormExpectRedirect("/adverse-events/" + id + "/void", "reason", "Duplicate entry"),
                endsWith("/courses/" + course));
        nurse.postForm("/adverse-events/" + id + "/void", "reason", "again").then().statusCode(409);
        assertEquals(1, adverseEvents(course));
    }
}
