package org.clinic.courses.dose;

import io.quarkus.test.junit.QuarkusTest;
import org.clinic.courses.course.Route;
import org.clinic.courses.safety.FlagCode;
import org.clinic.courses.safety.FlagStatus;
import org.clinic.courses.support.WebSession;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static org.clinic.courses.support.DoseFixtures.*;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

@QuarkusTest
class DosePagesTest {

    static String now() {
        return LocalDateTime.now(clock()).minusMinutes(5).truncatedTo(ChronoUnit.MINUTES).toString();
    }

    static Object[] infusionForm(String token, String returnTo) {
        return new Object[]{"administeredAt", now(), "route", "IV_INFUSION", "volumeMl", "30", "status", "GIVEN",
                "lotNumber", "L1", "diluent", "NaCl 0.9%", "diluentVolumeMl", "100", "infusionMinutes", "20",
                "notes", "", "site", "", "submissionToken", token, "returnTo", returnTo};
    }

    @Test
    void formIsPrefilledFromThePrescription() {
        long course = activeCourse(Route.IV_INFUSION, "30");
        String html = WebSession.nurse().page("/courses/" + course + "/administrations/new");
        assertTrue(html.contains("name=\"volumeMl\" type=\"number\" value=\"30\""), html);
        assertTrue(html.contains("<option value=\"IV_INFUSION\" selected>"));
        assertTrue(html.contains("name=\"diluent\" type=\"text\" value=\"NaCl 0.9%\""));
        assertTrue(html.contains("name=\"diluentVolumeMl\" type=\"number\" value=\"100\""));
        assertTrue(html.matches("(?s).*name=\"submissionToken\" value=\"[0-9a-f-]{36}\".*"));
        assertTrue(html.contains("Dilute to at least 100 ml"));
        WebSession.physician().page("/courses/" + course + "/administrations/new");
        WebSession.admin().request().get("/courses/" + course + "/administrations/new").then().statusCode(403);
        WebSession.anonymous().request().get("/courses/" + course + "/administrations/new").then().statusCode(302)
                .header("Location", containsString("/login"));
        WebSession.nurse().request().get("/courses/987654321/administrations/new").then().statusCode(404);
    }

    @Test
    void savingRedirectsOnlyToLocalPathsAndDoubleSubmitStoresOne() {
        long course = activeCourse(Route.IV_INFUSION, "30");
        WebSession nurse = WebSession.nurse();
        nurse.page("/courses/" + course + "/administrations/new");
        String token = UUID.randomUUID().toString();
        assertThat(nurse.postFormExpectRedirect("/courses/" + course + "/administrations", infusionForm(token, "/worklist")),
                endsWith("/worklist"));
        assertThat(nurse.postFormExpectRedirect("/courses/" + course + "/administrations", infusionForm(token, "/worklist")),
                endsWith("/worklist"));
        assertEquals(1, administrations(course));
        for (String evil : new String[]{"https://evil.example/", "//evil.example", "/\\evil.example", "javascript:alert(1)"}) {
            assertThat(nurse.postFormExpectRedirect("/courses/" + course + "/administrations",
                    infusionForm(UUID.randomUUID().toString(), evil)), endsWith("/courses/" + course));
        }
        assertEquals(5, administrations(course));
    }

    @Test
    void invalidFieldsReRenderWithMessagesAndStoreNothing() {
        long course = activeCourse(Route.IV_INFUSION, "30");
        WebSession nurse = WebSession.nurse();
        nurse.page("/courses/" + course + "/administrations/new");
        Object[] form = infusionForm(UUID.randomUUID().toString(), "");
        form[1] = "tomorrow";
        form[5] = "NaN";
        form[15] = "1.5";
        form[3] = "ORAL";
        String html = nurse.postForm("/courses/" + course + "/administrations", form).then().statusCode(400)
                .extract().asString();
        for (String field : new String[]{"administeredAt", "volumeMl", "infusionMinutes", "route"}) {
            assertTrue(html.contains("id=\"" + field + "-error\""), field);
        }
        assertTrue(html.contains("value=\"NaN\""), "the nurse's input is kept");
        Object[] held = infusionForm(UUID.randomUUID().toString(), "");
        held[7] = "HELD";
        html = nurse.postForm("/courses/" + course + "/administrations", held).then().statusCode(400).extract().asString();
        assertTrue(html.contains("id=\"notes-error\""));
        WebSession.admin().postForm("/courses/" + course + "/administrations", held).then().statusCode(403);
        assertEquals(0, administrations(course));
        held[17] = "Patient asleep";
        nurse.postFormExpectRedirect("/courses/" + course + "/administrations", held);
        assertEquals(1, administrations(course));
    }

    @Test
    void contraindicationBlockReRendersWith409() {
        long course = activeCourse(Route.IV_INFUSION, "30");
        flag(course, FlagCode.CONTRAINDICATION, FlagStatus.ACKNOWLEDGED);
        WebSession nurse = WebSession.nurse();
        nurse.page("/courses/" + course + "/administrations/new");
        String html = nurse.postForm("/courses/" + course + "/administrations", infusionForm(UUID.randomUUID().toString(), ""))
                .then().statusCode(409).extract().asString();
        assertTrue(html.contains("blocked by an unresolved contraindication"));
        assertEquals(0, administrations(course));
    }

    @Test
    void voidFormKeepsTheRecord() {
        long course = activeCourse(Route.IV_INFUSION, "30");
        int id = WebSession.apiNurse().body(DoseApiTest.infusion()).post(DoseApiTest.path(course)).path("id");
        WebSession nurse = WebSession.nurse();
        assertTrue(nurse.page("/administrations/" + id + "/void").contains("Reason for voiding"));
        nurse.postForm("/administrations/" + id + "/void", "reason", "").then().statusCode(400)
                .body(containsString("id=\"reason-error\""));
        assertThat(nurse.postFormExpectRedirect("/administrations/" + id + "/void", "reason", "Wrong ampoule"),
                endsWith("/courses/" + course));
        nurse.postForm("/administrations/" + id + "/void", "reason", "Again").then().statusCode(409);
        WebSession.apiNurse().get("/api/administrations/" + id).then().body("voided", equalTo(true))
                .body("voidReason", equalTo("Wrong ampoule"));
        assertEquals(1, administrations(course));
    }
}
