package org.clinic.courses.review;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.clinic.courses.course.Route;
import org.clinic.courses.course.ScheduleType;
import org.clinic.courses.safety.Flag;
import org.clinic.courses.safety.FlagCode;
import org.clinic.courses.safety.FlagStatus;
import org.clinic.courses.support.DoseFixtures;
import org.clinic.courses.support.WebSession;
import org.junit.jupiter.api.Test;

import static org.clinic.courses.support.DoseFixtures.today;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.*;

/** Acting on a flag from its course page, and the sign-off confirmation with what is outstanding. */
@QuarkusTest
class CourseReviewTest {

    private static Flag flag(long id) {
        return QuarkusTransaction.requiringNew().call(() -> Flag.findById(id));
    }

    @Test
    void theCoursePageCarriesEachActiveFlagsActionsInAPanel() {
        long course = DoseFixtures.activeCourse(Route.IV_INFUSION, "30");
        long flag = DoseFixtures.flag(course, FlagCode.CONTRAINDICATION, FlagStatus.OPEN);

        String physician = WebSession.physician().page("/courses/" + course);
        assertTrue(physician.contains("id=\"flag-" + flag + "\""), "the flag has its line");
        assertTrue(physician.contains("<details class=\"flag-review no-print\""), "actions in an expanding panel");
        assertTrue(physician.contains("action=\"/courses/" + course + "/flags/" + flag + "/acknowledge\""));
        assertTrue(physician.contains("action=\"/courses/" + course + "/flags/" + flag + "/override\""));
        assertTrue(physician.contains("action=\"/courses/" + course + "/flags/" + flag + "/resolve\""));
        assertTrue(physician.contains("Contraindication"), "the flag in words");

        String nurse = WebSession.nurse().page("/courses/" + course);
        assertTrue(nurse.contains("action=\"/courses/" + course + "/flags/" + flag + "/acknowledge\""));
        assertFalse(nurse.contains("/flags/" + flag + "/override\""), "nurses cannot override");
    }

    @Test
    void acknowledgeAndOverrideReturnToTheCourse() {
        long course = DoseFixtures.activeCourse(Route.IV_INFUSION, "30");
        long flag = DoseFixtures.flag(course, FlagCode.CONTRAINDICATION, FlagStatus.OPEN);
        String base = "/courses/" + course + "/flags/" + flag;

        WebSession nurse = WebSession.nurse();
        nurse.page("/courses/" + course);
        String back = nurse.postFormExpectRedirect(base + "/acknowledge", "note", "Told the physician");
        assertTrue(back.endsWith("/courses/" + course + "#flag-" + flag), back);
        assertEquals(FlagStatus.ACKNOWLEDGED, flag(flag).status);
        assertEquals("Told the physician", flag(flag).acknowledgeNote);
        nurse.postForm(base + "/override", "reason", "fine", "password", "nurse-demo").then().statusCode(403);

        WebSession physician = WebSession.physician();
        physician.page("/courses/" + course);
        physician.postForm(base + "/override", "reason", "  ", "password", "physician-demo").then().statusCode(400)
                .body(containsString("id=\"override-" + flag + "-error\""), containsString("Required"),
                        containsString("<details class=\"flag-review no-print\" open>"));
        assertEquals(FlagStatus.ACKNOWLEDGED, flag(flag).status, "nothing stored on bad input");

        physician.postFormExpectRedirect(base + "/override", "reason", "Seizure-free for 10 years",
                "password", "physician-demo");
        assertEquals(FlagStatus.OVERRIDDEN, flag(flag).status);
        String page = physician.page("/courses/" + course);
        assertTrue(page.contains("overridden by physician: Seizure-free for 10 years"), "the reason stays readable");
        physician.postForm(base + "/resolve", "reason", "done").then().statusCode(409)
                .body(containsString("cannot be resolved"));
    }

    @Test
    void aFlagIsReviewedFromItsOwnCourseOnly() {
        long course = DoseFixtures.activeCourse(Route.IV_INFUSION, "30");
        long other = DoseFixtures.activeCourse(Route.IV_INFUSION, "30");
        long flag = DoseFixtures.flag(course, FlagCode.CONTRAINDICATION, FlagStatus.OPEN);
        WebSession physician = WebSession.physician();
        physician.page("/courses/" + other);
        physician.postForm("/courses/" + other + "/flags/" + flag + "/resolve", "reason", "wrong course")
                .then().statusCode(404);
        assertEquals(FlagStatus.OPEN, flag(flag).status);
    }

    @Test
    void signOffAsksFirstAndShowsWhatIsOutstanding() {
        // Day 3 of 10: day 1 given, day 2 nothing, day 3 (today) not yet; 7 days to come; a critical flag open.
        long course = DoseFixtures.course(Route.IV_INFUSION, "30", today().minusDays(2), 10, ScheduleType.DAILY,
                "Ada", "Outstanding");
        DoseFixtures.enteredBeforeItStarted(course);
        WebSession physician = WebSession.physician();
        long flag = DoseFixtures.flag(course, FlagCode.CONTRAINDICATION, FlagStatus.OPEN);

        String view = physician.page("/courses/" + course);
        assertTrue(view.contains("href=\"/courses/" + course + "/sign-off\""), "sign-off is a link to the question");
        assertFalse(view.contains("action=\"/courses/" + course + "/sign-off\""), "no one-tap sign-off on the course page");

        String confirm = physician.page("/courses/" + course + "/sign-off");
        assertTrue(confirm.contains("Sign off course " + course + "?"), confirm);
        assertTrue(confirm.contains("Today is course day 3 of 10."), confirm);
        assertTrue(confirm.contains("3 due days so far without a given dose: 1, 2, 3."), confirm);
        assertTrue(confirm.contains("7 due days still to come: 4, 5, 6, 7, 8, 9, 10."), confirm);
        assertTrue(confirm.contains("3 flags still open or only acknowledged:"), confirm);
        assertTrue(confirm.contains("Missed dose (day 1)") && confirm.contains("Missed dose (day 2)"), confirm);
        assertTrue(confirm.contains("Contraindication (day 3): Contraindication: Epilepsy"), confirm);
        assertTrue(confirm.contains("Sign-off is refused while a critical flag is unresolved"), confirm);
        // issue 14 (third session): a sign-off that would be refused offers no password and no confirming form
        assertFalse(confirm.contains("action=\"/courses/" + course + "/sign-off\""), "no confirming form while refused");

        physician.postForm("/courses/" + course + "/sign-off", "password", "physician-demo").then().statusCode(409);
        physician.postFormExpectRedirect("/courses/" + course + "/flags/" + flag + "/override", "reason", "accepted",
                "password", "physician-demo");
        String after = physician.page("/courses/" + course + "/sign-off");
        assertTrue(after.contains("2 flags still open or only acknowledged:"), after);
        assertFalse(after.contains("Sign-off is refused"), "an overridden contraindication no longer blocks");
        assertTrue(after.contains("action=\"/courses/" + course + "/sign-off\""), "the confirming form");
        physician.postFormExpectRedirect("/courses/" + course + "/sign-off", "password", "physician-demo");
        // the warnings the physician saw on the question are decided by signing off: they leave the queue
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> Flag.count("course.id = ?1 and status in (?2)",
                course, java.util.List.of(FlagStatus.OPEN, FlagStatus.ACKNOWLEDGED))));
        WebSession.nurse().request().get("/courses/" + course + "/sign-off").then().statusCode(403);
    }
}
