package org.clinic.courses.ward;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.clinic.courses.course.Route;
import org.clinic.courses.course.ScheduleType;
import org.clinic.courses.course.TreatmentCourse;
import org.clinic.courses.support.WebSession;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.clinic.courses.support.DoseFixtures.*;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

/** Wards (admin), beds on admission and transfer with history, and the worklist of one ward. */
@QuarkusTest
class WardTest {

    static String ward(String code) {
        WebSession admin = WebSession.admin();
        admin.page("/admin/wards");
        assertThat(admin.postFormExpectRedirect("/admin/wards", "code", code, "name", "Ward " + code), endsWith("/admin/wards"));
        return code;
    }

    static long patientOf(long course) {
        return QuarkusTransaction.requiringNew().call(() -> TreatmentCourse.<TreatmentCourse>findById(course).patient.id);
    }

    @Test
    void adminAddsWardsAndOnlyAdminMay() {
        String code = "A" + UUID.randomUUID().toString().substring(0, 6);
        ward(code);
        assertThat(WebSession.admin().page("/admin/wards"), containsString("Ward " + code));
        WebSession nurse = WebSession.nurse();
        nurse.request().get("/admin/wards").then().statusCode(403);
        WebSession.apiNurse().body("{\"code\":\"X1\",\"name\":\"X\"}").post("/api/wards").then().statusCode(403);
        WebSession.apiAdmin().body("{\"code\":\"" + code + "\",\"name\":\"Again\"}").post("/api/wards").then().statusCode(409);
        WebSession.apiAdmin().body("{\"name\":\"No code\"}").post("/api/wards").then().statusCode(400)
                .body("errors.field", hasItem("code"));
        WebSession.apiNurse().get("/api/wards").then().statusCode(200).body("code", hasItem(code));
    }

    @Test
    void aTransferEndsTheOldBedAndKeepsTheHistory() {
        String a = ward("T" + UUID.randomUUID().toString().substring(0, 6));
        String b = ward("U" + UUID.randomUUID().toString().substring(0, 6));
        long course = course(Route.IV_INJECTION, "10", today().minusDays(1), 10, ScheduleType.DAILY, "Ann", "Transfer");
        long patient = patientOf(course);
        WebSession nurse = WebSession.nurse();
        nurse.page("/beds/" + patient);
        assertThat(nurse.postFormExpectRedirect("/beds/" + patient, "ward", a, "bed", "12", "returnTo", "/worklist"),
                endsWith("/worklist"));
        nurse.page("/beds/" + patient);
        nurse.postFormExpectRedirect("/beds/" + patient, "ward", b, "bed", "3");
        String page = nurse.page("/beds/" + patient);
        assertThat(page, containsString("Ward " + b + ", bed 3"));
        assertThat(page, containsString("Ward " + a + ", bed 12"));
        WebSession.apiNurse().get("/api/beds/" + patient).then().statusCode(200)
                .body("ward", contains(b, a)).body("[0].endedAt", nullValue()).body("[1].endedAt", notNullValue());
        String bad = nurse.postForm("/beds/" + patient, "ward", "NO-SUCH", "bed", "").then().statusCode(400)
                .extract().asString();
        assertThat(bad, containsString("Pick one of the clinic&#39;s wards")); // as Qute escapes it
    }

    @Test
    void theWorklistShowsOneWardSortedByBedAndIsRememberedPerUser() {
        String w = ward("L" + UUID.randomUUID().toString().substring(0, 6));
        String run = UUID.randomUUID().toString().substring(0, 6);
        long ten = course(Route.IV_INJECTION, "10", today().minusDays(1), 10, ScheduleType.DAILY, "Ten", "Bed" + run);
        long two = course(Route.IV_INJECTION, "10", today().minusDays(1), 10, ScheduleType.DAILY, "Two", "Bed" + run);
        long elsewhere = course(Route.IV_INJECTION, "10", today().minusDays(1), 10, ScheduleType.DAILY, "Out", "Bed" + run);
        WebSession.apiNurse().body("{\"ward\":\"" + w + "\",\"bed\":\"10\"}").post("/api/beds/" + patientOf(ten)).then().statusCode(200);
        WebSession.apiNurse().body("{\"ward\":\"" + w + "\",\"bed\":\"2\"}").post("/api/beds/" + patientOf(two)).then().statusCode(200);

        WebSession nurse = WebSession.nurse();
        nurse.page("/worklist?ward=all");
        nurse.postFormExpectRedirect("/worklist/view", "ward", w, "sort", "bed", "show", "all", "q", "");
        try {
            remembered(nurse, w, ten, two, elsewhere);
        } finally {
            nurse.postFormExpectRedirect("/worklist/view", "ward", "all"); // other suites read all wards
        }
        WebSession.apiNurse().get("/api/worklist?ward=" + w).then().statusCode(200)
                .body("ward", equalTo(w)).body("courses.courseId", contains((int) two, (int) ten))
                .body("courses.bed", contains("2", "10")).body("courses[0].state", equalTo("DUE"));
        WebSession.apiNurse().get("/api/worklist?ward=NOPE").then().statusCode(404);
        WebSession.apiAdmin().get("/api/worklist?ward=" + w).then().statusCode(403);
    }

    private static void remembered(WebSession nurse, String w, long ten, long two, long elsewhere) {
        String html = nurse.page("/worklist");
        assertThat("remembered without a parameter", html, containsString("<option value=\"" + w + "\" selected>"));
        assertTrue(html.indexOf("row-" + two) > 0 && html.indexOf("row-" + two) < html.indexOf("row-" + ten), "bed 2 before bed 10");
        assertFalse(html.contains("row-" + elsewhere + "\""), "another ward's patient is not listed");
        assertThat(html, containsString("bed 2"));

        String found = nurse.page("/worklist?ward=" + w + "&q=ten");
        assertTrue(found.contains("row-" + ten + "\"") && !found.contains("row-" + two + "\""), "search by name");
        assertTrue(nurse.page("/worklist?ward=" + w + "&q=2").contains("row-" + two + "\""), "search by bed");
        assertTrue(nurse.page("/worklist?ward=" + w + "&show=done").contains("Due today (0)"), "filter done");
        assertFalse(WebSession.physician().page("/worklist").contains("<option value=\"" + w + "\" selected>"),
                "another user's choice is their own");

    }
}
