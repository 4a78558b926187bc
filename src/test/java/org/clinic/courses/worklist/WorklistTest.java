package org.clinic.courses.worklist;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import org.clinic.courses.course.Route;
import org.clinic.courses.course.ScheduleType;
import org.clinic.courses.course.TreatmentCourse;
import org.clinic.courses.patient.Patient;
import org.clinic.courses.safety.FlagCode;
import org.clinic.courses.safety.FlagStatus;
import org.clinic.courses.support.WebSession;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static org.clinic.courses.support.DoseFixtures.*;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

@QuarkusTest
class WorklistTest {
    @Inject
    EntityManagerFactory emf;

    static long dueCourse(String name, Route route, String volume) {
        return course(route, volume, today().minusDays(1), 10, ScheduleType.DAILY, name, "Worklist");
    }

    static String now() {
        return LocalDateTime.now(clock()).minusMinutes(1).truncatedTo(ChronoUnit.MINUTES).toString();
    }

    @Test
    void showsDueCourseWithPrefilledFormAndCriticalBanner() {
        String name = "W" + UUID.randomUUID().toString().substring(0, 8);
        long course = dueCourse(name, Route.IV_INFUSION, "30");
        flag(course, FlagCode.SERIOUS_ADVERSE_EVENT, FlagStatus.OPEN);
        String html = WebSession.nurse().page("/worklist?ward=all");
        int start = html.indexOf("id=\"row-" + course + "\"");
        assertTrue(start > 0, "the due course has a row");
        String row = html.substring(start, html.indexOf("</article>", start));
        assertThat(row, containsString(name));
        assertThat(row, containsString("course day 2 of 10"));
        assertThat(row, containsString("banner-critical"));
        assertThat(row, containsString("hx-post=\"/worklist/courses/" + course + "/administrations\""));
        assertThat(row, containsString("name=\"volumeMl\" type=\"number\" step=\"0.01\" min=\"0\" value=\"30\""));
        assertThat(row, containsString("<option value=\"NaCl 0.9%\" selected>"));
        assertThat(row, containsString("/courses/" + course + "/adverse-events/new"));
        WebSession.physician().page("/worklist?ward=all");
        WebSession.admin().request().get("/worklist").then().statusCode(403);
        WebSession.anonymous().request().get("/worklist").then().statusCode(302).header("Location", containsString("/login"));
    }

    @Test
    void plainFormPostComesBackToTheWorklistAsComplete() {
        String name = "P" + UUID.randomUUID().toString().substring(0, 8);
        long course = dueCourse(name, Route.IV_INJECTION, "10");
        WebSession nurse = WebSession.nurse();
        nurse.page("/worklist?ward=all");
        assertThat(nurse.postFormExpectRedirect("/courses/" + course + "/administrations", "status", "GIVEN",
                "route", "IV_INJECTION", "administeredAt", now(), "volumeMl", "10", "lotNumber", "LOT-9",
                "submissionToken", UUID.randomUUID().toString(), "returnTo", "/worklist"), endsWith("/worklist"));
        String html = nurse.page("/worklist?ward=all");
        String complete = html.substring(html.indexOf("Already complete today"));
        assertThat(complete, containsString("id=\"row-" + course + "\""));
        assertThat(complete, containsString("Given 10.00 ml"));
        assertEquals(1, administrations(course));
    }

    @Test
    void htmxPostReturnsOnlyTheRowWithErrorsOrResult() {
        long course = dueCourse("H" + UUID.randomUUID().toString().substring(0, 8), Route.IM_INJECTION, "5");
        WebSession nurse = WebSession.nurse();
        nurse.page("/worklist?ward=all");
        String path = "/worklist/courses/" + course + "/administrations";
        String bad = nurse.request().header("HX-Request", "true").header("X-CSRF-TOKEN", nurse.csrf())
                .contentType("application/x-www-form-urlencoded").formParam("status", "GIVEN")
                .formParam("route", "IM_INJECTION").formParam("administeredAt", now()).formParam("volumeMl", "abc")
                .formParam("submissionToken", UUID.randomUUID().toString())
                .post(path).then().statusCode(200).extract().asString();
        assertThat(bad, startsWith("<article"));
        assertThat(bad, not(containsString("<html")));
        assertThat(bad, containsString("Enter a number"));
        assertThat(bad, containsString("Required for an IM injection"));
        assertEquals(0, administrations(course));
        String token = UUID.randomUUID().toString();
        for (int i = 0; i < 2; i++) {
            String ok = nurse.request().header("HX-Request", "true").header("X-CSRF-TOKEN", nurse.csrf())
                    .contentType("application/x-www-form-urlencoded").formParam("status", "GIVEN")
                    .formParam("route", "IM_INJECTION").formParam("administeredAt", now()).formParam("volumeMl", "5")
                    .formParam("site", "LEFT_GLUTEAL").formParam("submissionToken", token)
                    .post(path).then().statusCode(200).extract().asString();
            assertThat(ok, containsString("id=\"row-" + course + "\""));
            assertThat(ok, containsString("Given 5.00 ml"));
            assertThat(ok, containsString("Done for today"));
        }
        assertEquals(1, administrations(course));
        nurse.request().header("HX-Request", "true").contentType("application/x-www-form-urlencoded")
                .formParam("status", "HELD").post(path).then().statusCode(400);
        assertEquals(1, administrations(course));
    }

    @Test
    void weekdayCoursesAreNotDueAtWeekends() {
        TreatmentCourse c = new TreatmentCourse();
        c.startDate = java.time.LocalDate.of(2026, 11, 20);
        c.lengthDays = 28;
        c.schedule = ScheduleType.WEEKDAYS;
        assertTrue(WorklistService.dueOn(c, java.time.LocalDate.of(2026, 11, 27)));
        assertFalse(WorklistService.dueOn(c, java.time.LocalDate.of(2026, 11, 28)));
        c.schedule = ScheduleType.DAILY;
        assertTrue(WorklistService.dueOn(c, java.time.LocalDate.of(2026, 11, 28)));
        assertFalse(WorklistService.dueOn(c, java.time.LocalDate.of(2026, 12, 18)));
    }

    @Test
    void statementCountDoesNotGrowWithTheNumberOfCourses() {
        WebSession nurse = WebSession.nurse();
        var stats = emf.unwrap(SessionFactory.class).getStatistics();
        dueCourse("Baseline", Route.IV_INFUSION, "30");
        long baseline = statements(nurse, stats);
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < 1000; i++) {
                Patient p = patient("Bulk" + i, "Patient");
                newCourse(p, Route.IV_INJECTION, "10", today().minusDays(i % 5), 10, ScheduleType.DAILY, "bulk-seed");
            }
        });
        try {
            long before = stats.getPrepareStatementCount();
            String html = nurse.page("/worklist?ward=all");
            long statements = stats.getPrepareStatementCount() - before;
            assertTrue(html.split("Bulk").length > 1000, "the seeded courses are listed");
            // courses+patients+beds, drug catalog, today's administrations (and earlier IM sites), critical
            // flags, the wards with the user's remembered one (issue 11); plus the account check of the
            // signed-in user, which every page makes
            assertTrue(statements <= 6, "worklist ran " + statements + " statements");
            assertEquals(baseline, statements, "same count with 1,000 more courses");
        } finally {
            QuarkusTransaction.requiringNew().run(() ->
                    TreatmentCourse.update("stoppedAt = ?1 where indication = 'bulk-seed'", Instant.now()));
        }
    }

    private static long statements(WebSession nurse, org.hibernate.stat.Statistics stats) {
        long before = stats.getPrepareStatementCount();
        nurse.page("/worklist?ward=all");
        return stats.getPrepareStatementCount() - before;
    }
}
