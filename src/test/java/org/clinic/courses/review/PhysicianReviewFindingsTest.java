package org.clinic.courses.review;

import io.quarkus.test.junit.QuarkusTest;
import org.clinic.courses.course.Route;
import org.clinic.courses.course.ScheduleType;
import org.clinic.courses.safety.FlagCode;
import org.clinic.courses.safety.FlagStatus;
import org.clinic.courses.support.DoseFixtures;
import org.clinic.courses.support.WebSession;
import org.junit.jupiter.api.Test;

import static org.clinic.courses.support.DoseFixtures.today;
import static org.junit.jupiter.api.Assertions.*;

/** The ward physician's review (issue 14, third session): what was typed survives an error; a refusal says why. */
@QuarkusTest
class PhysicianReviewFindingsTest {

    @Test
    void aWrongPasswordKeepsTheTypedOverrideReasonOnTheCoursePageAndInTheQueue() {
        long course = DoseFixtures.activeCourse(Route.IV_INFUSION, "30");
        long flag = DoseFixtures.flag(course, FlagCode.CONTRAINDICATION, FlagStatus.OPEN);
        WebSession physician = WebSession.physician();
        physician.page("/courses/" + course);

        String fromCourse = physician.postForm("/courses/" + course + "/flags/" + flag + "/override",
                "reason", "Seizure-free & off drugs", "password", "wrong").then().statusCode(400).extract().asString();
        assertTrue(fromCourse.contains("id=\"override-" + flag + "-password-error\""), fromCourse);
        assertTrue(fromCourse.contains("name=\"reason\" required maxlength=\"1000\" value=\"Seizure-free &amp; off drugs\""),
                "the reason is still in its box: " + fromCourse);
        assertFalse(fromCourse.contains("value=\"wrong\""), "the password is never echoed");

        physician.page("/flags");
        String fromQueue = physician.postForm("/flags/" + flag + "/override",
                "reason", "Seizure-free for 10 years", "password", "wrong").then().statusCode(400).extract().asString();
        assertTrue(fromQueue.contains("value=\"Seizure-free for 10 years\""), "the reason is kept in the queue's panel");
        assertFalse(fromQueue.contains("value=\"wrong\""));
    }

    @Test
    void aTooLongNoteOrReasonIsKeptToo() {
        long course = DoseFixtures.activeCourse(Route.IV_INFUSION, "30");
        long flag = DoseFixtures.flag(course, FlagCode.CONTRAINDICATION, FlagStatus.OPEN);
        String tooLong = "x".repeat(1001);
        WebSession physician = WebSession.physician();
        physician.page("/courses/" + course);
        String note = physician.postForm("/courses/" + course + "/flags/" + flag + "/acknowledge", "note", tooLong)
                .then().statusCode(400).extract().asString();
        assertTrue(note.contains("id=\"note-" + flag + "\" name=\"note\" maxlength=\"1000\" value=\"" + tooLong + "\""), note);
        physician.page("/flags");
        String resolve = physician.postForm("/flags/" + flag + "/resolve", "reason", tooLong)
                .then().statusCode(400).extract().asString();
        assertTrue(resolve.contains("value=\"" + tooLong + "\""), "the resolve reason is kept");
    }

    @Test
    void aRefusedSignOffOffersNoPasswordAndSaysWhyWhenPostedAnyway() {
        long course = DoseFixtures.course(Route.IV_INFUSION, "30", today().minusDays(2), 10, ScheduleType.DAILY,
                "Ada", "Refused");
        DoseFixtures.flag(course, FlagCode.CONTRAINDICATION, FlagStatus.OPEN);
        WebSession physician = WebSession.physician();

        String confirm = physician.page("/courses/" + course + "/sign-off");
        assertTrue(confirm.contains("Sign-off is refused while a critical flag is unresolved"), confirm);
        assertFalse(confirm.contains("type=\"password\""), "no password asked for a sign-off that will be refused");
        assertFalse(confirm.contains("action=\"/courses/" + course + "/sign-off\""), "no confirming form");

        String refused = physician.postForm("/courses/" + course + "/sign-off", "password", "physician-demo")
                .then().statusCode(409).extract().asString();
        assertTrue(refused.contains("Cannot sign off: 1 critical flag is still unresolved."), refused);
        assertFalse(refused.contains("Please correct the field"), "no field is wrong: " + refused);
    }
}
