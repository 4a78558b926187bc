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
import java.util.regex.Pattern;

import static org.clinic.courses.support.DoseFixtures.today;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

    @Test
    void stoppedCoursesWithOpenFlagsAndPlannedCoursesWithCountsInWords() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        long stopped = DoseFixtures.course(Route.IV_INFUSION, "30", today().minusDays(3), 10, ScheduleType.DAILY,
                "Stella", "Stopped" + run);
        DoseFixtures.flag(stopped, FlagCode.CONTRAINDICATION, FlagStatus.OPEN);
        DoseFixtures.stop(stopped);
        long stoppedSettled = DoseFixtures.course(Route.IV_INFUSION, "30", today().minusDays(3), 10, ScheduleType.DAILY,
                "Sam", "Settled" + run);
        DoseFixtures.flag(stoppedSettled, FlagCode.CONTRAINDICATION, FlagStatus.OVERRIDDEN);
        DoseFixtures.stop(stoppedSettled);
        long planned = DoseFixtures.course(Route.IV_INFUSION, "30", today().plusDays(5), 10, ScheduleType.DAILY,
                "Paula", "Planned" + run);
        long tomorrow = DoseFixtures.course(Route.IV_INFUSION, "30", today().plusDays(1), 10, ScheduleType.DAILY,
                "Tom", "Tomorrow" + run);

        String html = WebSession.physician().page("/physician");
        String stoppedLine = line(html, "stopped-" + stopped);
        assertTrue(stoppedLine.contains("Stella Stopped" + run) && stoppedLine.contains("1 critical")
                && stoppedLine.contains("stopped " + today()), stoppedLine);
        assertTrue(stoppedLine.contains("href=\"/courses/" + stopped + "#flags\""), "a way to decide on the flags: " + stoppedLine);
        assertFalse(html.contains("id=\"stopped-" + stoppedSettled + "\""), "a stopped course without open flags needs nothing");
        assertFalse(html.contains("id=\"running-" + stopped + "\"") || html.contains("id=\"awaiting-" + stopped + "\""),
                "a stopped course is neither running nor waiting for sign-off");
        String plannedLine = line(html, "planned-" + planned);
        assertTrue(plannedLine.contains("Paula Planned" + run) && plannedLine.contains("starts " + today().plusDays(5) + ", in 5 days")
                && plannedLine.contains("no open flags"), plannedLine);
        assertTrue(line(html, "planned-" + tomorrow).contains("tomorrow"));
        assertFalse(html.contains("id=\"running-" + planned + "\""), "a planned course is not running yet");
        assertTrue(Pattern.compile("<h2>Stopped, flags waiting for a decision: \\d+ courses?</h2>").matcher(html).find(), html);
        assertTrue(Pattern.compile("<h2>Planned, starting later: \\d+ courses</h2>").matcher(html).find(), "two planned at least");
        assertTrue(Pattern.compile("<h2>Running now: \\d+ courses?</h2>").matcher(html).find());
    }

    private static String line(String html, String id) {
        int at = html.indexOf("id=\"" + id + "\"");
        assertTrue(at > 0, id + " is listed");
        return html.substring(at, html.indexOf("</li>", at));
    }
}
