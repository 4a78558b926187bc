package org.clinic.courses.course;

import io.quarkus.test.junit.QuarkusTest;
import org.clinic.courses.patient.Patient;
import org.clinic.courses.safety.FlagCode;
import org.clinic.courses.safety.FlagStatus;
import org.clinic.courses.support.WebSession;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;

@QuarkusTest
class CoursePageTest {
    @Test
    void physicianPrescribesThroughTheFormStartingFromAProtocol() {
        long patient = Fixtures.tx(() -> Fixtures.patient("Pageform").id);
        WebSession physician = WebSession.physician();
        String form = physician.page("/courses/new?patientId=" + patient + "&drug=cerebrolysin&protocol=Acute ischaemic stroke");
        assertThat(form, containsString("name=\"dailyVolumeMl\" type=\"number\" value=\"30\""));
        assertThat(form, containsString("name=\"lengthDays\" type=\"number\" value=\"21\""));
        assertThat(form, containsString("<option value=\"IV_INFUSION\" selected>"));
        String location = physician.postFormExpectRedirect("/courses", "patientId", patient, "drug", "cerebrolysin",
                "indication", "Acute ischemic stroke", "route", "IV_INFUSION", "dailyVolumeMl", "30",
                "startDate", LocalDate.now().minusDays(1).toString(), "lengthDays", "21", "schedule", "DAILY",
                "onsetAt", LocalDate.now().minusDays(2) + "T08:00");
        assertThat(location, matchesPattern(".*/courses/\\d+$"));
        String page = physician.page(location.replaceAll("^https?://[^/]+", ""));
        assertThat(page, containsString("Course prescribed."));
        assertThat(page, containsString("protocol: Acute ischaemic stroke"));
        assertThat(page, containsString("id=\"day-21\""));
        assertThat(page, not(containsString("id=\"day-22\"")));
    }

    @Test
    void invalidPrescriptionReRendersWithEveryFieldMarked() {
        WebSession physician = WebSession.physician();
        physician.page("/courses/new");
        String html = physician.postForm("/courses", "patientId", "abc", "drug", "cerebrolysin", "indication", "",
                        "route", "ORAL", "dailyVolumeMl", "-1", "startDate", "tomorrow", "lengthDays", "400",
                        "schedule", "DAILY", "onsetAt", "")
                .then().statusCode(400).extract().asString();
        for (String field : new String[]{"patientId", "indication", "route", "dailyVolumeMl", "startDate", "lengthDays"}) {
            assertThat(html, containsString("id=\"" + field + "-error\""));
        }
    }

    @Test
    void coursePageShowsTheDayTableVoidedEntriesAndTotals() {
        long id = Fixtures.tx(() -> {
            Patient p = Fixtures.patient("Daytable");
            p.apoeE4Carrier = true;
            TreatmentCourse c = Fixtures.course(p, LocalDate.now().minusDays(3), 10);
            Fixtures.dose(c, 1, false);
            Fixtures.dose(c, 2, true);
            Fixtures.dose(c, 2, false);
            Fixtures.event(c, 2, "Headache", 2);
            return c.id;
        });
        String html = WebSession.nurse().page("/courses/" + id);
        assertThat(html, containsString("id=\"day-10\""));
        assertThat(html, containsString("class=\"dose voided\""));
        assertThat(html, containsString("Voided"));
        assertThat(html, containsString("by nurse: Logged on the wrong patient"));
        assertThat(html, containsString("Headache, grade 2"));
        assertThat(html, containsString("Given: <strong>60 ml</strong> (12912.0 mg)"));
        assertThat(html, containsString("doses given: <strong>2</strong> of 4 due so far"));
        assertThat(html, containsString("may respond less well in Alzheimer"));
        assertThat(html, containsString("/courses/" + id + "/administrations/new"));
        assertThat(html, containsString("/courses/" + id + "/adverse-events/new"));
        assertThat(html, not(containsString("Stop course")));
    }

    @Test
    void weekdaySchedulesAreDueMondayToFridayOnly() {
        long id = Fixtures.tx(() -> {
            TreatmentCourse c = Fixtures.course(Fixtures.patient("Weekdays"), LocalDate.now().minusDays(2), 7);
            c.schedule = ScheduleType.WEEKDAYS;
            return c.id;
        });
        String html = WebSession.physician().page("/courses/" + id);
        int notDue = html.split("<span class=\"muted\">not due</span>", -1).length - 1;
        assertThat(notDue, is(2));
    }

    @Test
    void criticalFlagsShowAsABannerAndBlockSignOff() {
        long id = Fixtures.tx(() -> {
            Patient p = Fixtures.patient("Banner");
            org.clinic.courses.patient.Condition epilepsy = new org.clinic.courses.patient.Condition();
            epilepsy.patient = p;
            epilepsy.name = "Epilepsy";
            epilepsy.code = "G40.909";
            epilepsy.recordedAt = java.time.Instant.now();
            epilepsy.persist();
            p.conditions.add(epilepsy);
            TreatmentCourse c = Fixtures.course(p, LocalDate.now().minusDays(1), 10);
            return c.id;
        });
        WebSession physician = WebSession.physician();
        String html = physician.page("/courses/" + id); // the page judges the course it shows
        assertThat(html, containsString("id=\"critical-flags\""));
        assertThat(html, containsString("Epilepsy"));
        String refused = physician.postForm("/courses/" + id + "/sign-off", "password", "physician-demo").then().statusCode(409).extract().asString();
        assertThat(refused, containsString("critical flag"));
        physician.postForm("/courses/" + id + "/stop", "reason", "").then().statusCode(400);
        physician.postFormExpectRedirect("/courses/" + id + "/stop", "reason", "Contraindicated: epilepsy");
        assertThat(physician.page("/courses/" + id), containsString("Contraindicated: epilepsy"));
    }

    @Test
    void listFiltersAndRoles() {
        long patient = Fixtures.tx(() -> {
            Patient p = Fixtures.patient("Listing");
            Fixtures.course(p, LocalDate.now().minusDays(1), 10);
            Fixtures.course(p, LocalDate.now().plusDays(5), 10);
            return p.id;
        });
        WebSession nurse = WebSession.nurse();
        String active = nurse.page("/courses?status=ACTIVE&patientId=" + patient);
        assertThat(active, containsString("1 course."));
        assertThat(nurse.page("/courses?status=PLANNED&patientId=" + patient), containsString("1 course."));
        assertThat(nurse.page("/courses?patientId=" + patient), containsString("2 courses."));
        nurse.request().get("/courses?status=NOPE").then().statusCode(400);
        nurse.request().get("/courses/new").then().statusCode(403);
        nurse.request().get("/courses/999999").then().statusCode(404);
        WebSession.admin().request().get("/courses").then().statusCode(403);
        WebSession.anonymous().request().get("/courses").then().statusCode(302);
    }
}
