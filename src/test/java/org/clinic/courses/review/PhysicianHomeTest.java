package org.clinic.courses.review;

import io.quarkus.test.junit.QuarkusTest;
import org.clinic.courses.course.Route;
import org.clinic.courses.course.ScheduleType;
import org.clinic.courses.safety.FlagCode;
import org.clinic.courses.safety.FlagStatus;
import org.clinic.courses.support.DoseFixtures;
import org.clinic.courses.support.WebSession;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.clinic.courses.support.DoseFixtures.today;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The physician's landing page: running courses with labelled open flag counts, ended courses to sign off. */
@QuarkusTest
class PhysicianHomeTest {
    @Test
    void runningCoursesWithFlagCountsAndEndedCoursesToSignOff() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        long running = DoseFixtures.course(Route.IV_INFUSION, "30", today().minusDays(2), 10, ScheduleType.DAILY,
                "Rita", "Running" + run);
        DoseFixtures.enteredBeforeItStarted(running);
        DoseFixtures.flag(running, FlagCode.CONTRAINDICATION, FlagStatus.OPEN);
        long ended = DoseFixtures.course(Route.IV_INFUSION, "30", today().minusDays(20), 10, ScheduleType.DAILY,
                "Erna", "Ended" + run);

        WebSession physician = WebSession.physician();
        physician.request().get("/").then().statusCode(303).header("Location", endsWith("/physician"));
        String html = physician.page("/physician");
        int runningAt = html.indexOf("id=\"running-" + running + "\"");
        assertTrue(runningAt > 0, "the running course is listed");
        String line = html.substring(runningAt, html.indexOf("</li>", runningAt));
        assertTrue(line.contains("Rita Running" + run) && line.contains("day 3 of 10"), line);
        assertTrue(line.contains("1 critical") && line.contains("2 warning"), "contraindication, days 1 and 2 missed: " + line);
        int endedAt = html.indexOf("id=\"awaiting-" + ended + "\"");
        assertTrue(endedAt > 0, "the ended course waits for sign-off");
        String endedLine = html.substring(endedAt, html.indexOf("</li>", endedAt));
        assertTrue(endedLine.contains("href=\"/courses/" + ended + "/sign-off\""), endedLine);
        WebSession.nurse().request().get("/physician").then().statusCode(403);
    }
}
