package org.clinic.courses.worklist;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.clinic.courses.audit.AuditEvent;
import org.clinic.courses.course.Route;
import org.clinic.courses.course.ScheduleType;
import org.clinic.courses.course.TreatmentCourse;
import org.clinic.courses.dose.Administration;
import org.clinic.courses.dose.AdministrationStatus;
import org.clinic.courses.safety.FlagCode;
import org.clinic.courses.safety.FlagStatus;
import org.clinic.courses.support.TestClock;
import org.clinic.courses.support.WebSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.clinic.courses.support.DoseFixtures.*;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

/** The patient-risk behaviours of issue 11, through the worklist's htmx row posts. */
@QuarkusTest
class BedsideSafetyTest {

    @AfterEach
    void putTheClockBack() {
        TestClock.reset();
    }

    static long due(String family, Route route, String volume) {
        return course(route, volume, today().minusDays(1), 10, ScheduleType.DAILY, "Ada", family);
    }

    static String row(String html, long course) {
        int start = html.indexOf("id=\"row-" + course + "\"");
        assertTrue(start > 0, "row of course " + course);
        return html.substring(start, html.indexOf("</article>", start));
    }

    static String hidden(String row, String name) {
        Matcher m = Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(row);
        assertTrue(m.find(), name + " in the row");
        return m.group(1);
    }

    static Response post(WebSession nurse, long course, Map<String, String> fields) {
        var spec = nurse.request().header("HX-Request", "true").header("X-CSRF-TOKEN", nurse.csrf())
                .contentType("application/x-www-form-urlencoded");
        fields.forEach(spec::formParam);
        return spec.post("/worklist/courses/" + course + "/administrations");
    }

    static List<Administration> stored(long course) {
        return QuarkusTransaction.requiringNew().call(() ->
                Administration.<Administration>list("course.id = ?1 order by id", course));
    }

    @Test
    void theStoredTimeIsTheTapNotThePageLoadUnlessTheNurseChangedIt() {
        long course = due("Tap" + UUID.randomUUID().toString().substring(0, 6), Route.IV_INJECTION, "10");
        WebSession nurse = WebSession.nurse();
        String row = row(nurse.page("/worklist?ward=all"), course);
        String shown = hidden(row, "shownAt");
        TestClock.advance(Duration.ofMinutes(7));
        Instant tapped = TestClock.clock().instant();
        post(nurse, course, Map.of("status", "GIVEN", "route", "IV_INJECTION", "administeredAt", shown, "shownAt", shown,
                "volumeMl", "10", "submissionToken", UUID.randomUUID().toString())).then().statusCode(200);
        Instant at = stored(course).get(0).administeredAt;
        assertTrue(Duration.between(tapped, at).abs().getSeconds() < 5, "stored " + at + ", tapped " + tapped);
        assertTrue(at.isAfter(Instant.now().plus(Duration.ofMinutes(6))), "not the page-load time: " + at);

        // A time the nurse typed is kept as typed.
        long other = due("Typed" + UUID.randomUUID().toString().substring(0, 6), Route.IV_INJECTION, "10");
        String typed = LocalDateTime.now(TestClock.clock()).minusHours(1).truncatedTo(ChronoUnit.MINUTES).toString();
        post(nurse, other, Map.of("status", "GIVEN", "route", "IV_INJECTION", "administeredAt", typed, "shownAt", shown,
                "volumeMl", "10", "submissionToken", UUID.randomUUID().toString())).then().statusCode(200);
        assertEquals(LocalDateTime.parse(typed), LocalDateTime.ofInstant(stored(other).get(0).administeredAt,
                TestClock.clock().getZone()));
    }

    @Test
    void aTenfoldSlipIsAskedAboutOnThePageAndSavedOnlyOnceConfirmed() {
        long course = due("Slip" + UUID.randomUUID().toString().substring(0, 6), Route.IV_INFUSION, "30");
        WebSession nurse = WebSession.nurse();
        String shown = hidden(row(nurse.page("/worklist?ward=all"), course), "shownAt");
        String token = UUID.randomUUID().toString();
        Map<String, String> slip = new java.util.HashMap<>(Map.of("status", "GIVEN", "route", "IV_INFUSION",
                "administeredAt", shown, "shownAt", shown, "volumeMl", "300", "diluent", "NaCl 0.9%",
                "diluentVolumeMl", "100", "infusionMinutes", "30", "submissionToken", token));
        String asked = post(nurse, course, slip).then().statusCode(200).extract().asString();
        assertThat(asked, containsString("300 ml entered; the order is 30 ml"));
        assertThat(asked, containsString("name=\"confirmedVolumeMl\" value=\"300\""));
        assertThat(asked, containsString("Yes, 300 ml was given"));
        assertThat(asked, not(containsString("Recorded")));
        assertEquals(0, stored(course).size(), "nothing saved before the confirmation");

        slip.put("confirmedVolumeMl", "300");
        slip.put("volumeMl", "250");
        assertThat(post(nurse, course, slip).then().statusCode(200).extract().asString(),
                containsString("250 ml entered; the order is 30 ml"));
        assertEquals(0, stored(course).size(), "a confirmation counts only for the number it names");

        slip.put("volumeMl", "300");
        assertThat(post(nurse, course, slip).then().statusCode(200).extract().asString(), containsString("Recorded: 300 ml given"));
        assertEquals(new BigDecimal("300.00"), stored(course).get(0).volumeMl);

        // The API records what happened, without a question, and the safety rules flag it.
        long api = due("SlipApi" + UUID.randomUUID().toString().substring(0, 6), Route.IV_INJECTION, "10");
        WebSession.apiNurse().body(Map.of("administeredAt", earlierToday(60).toString(), "route", "IV_INJECTION",
                "volumeMl", 100, "status", "GIVEN")).post("/api/courses/" + api + "/administrations")
                .then().statusCode(201).body("flags.code", hasItem("ROUTE_VOLUME_EXCEEDED"));
    }

    @Test
    void aHeldDoseIsNotDoneAndCanStillBeGivenTheSameDay() {
        long course = due("Held" + UUID.randomUUID().toString().substring(0, 6), Route.IV_INJECTION, "10");
        WebSession nurse = WebSession.nurse();
        String shown = hidden(row(nurse.page("/worklist?ward=all"), course), "shownAt");
        String held = post(nurse, course, Map.of("status", "HELD", "route", "IV_INJECTION", "administeredAt", shown,
                "shownAt", shown, "notes", "Patient asleep", "submissionToken", UUID.randomUUID().toString()))
                .then().statusCode(200).extract().asString();
        assertThat(held, containsString("data-state=\"held\""));
        assertThat(held, containsString("Held at"));
        assertThat(held, containsString("aria-label=\"Give Cerebrolysin 10 ml to"));
        String page = nurse.page("/worklist?ward=all");
        String due = page.substring(page.indexOf("Due today"), page.indexOf("Already complete today"));
        assertThat("still in the due list", due, containsString("id=\"row-" + course + "\""));
        post(nurse, course, Map.of("status", "GIVEN", "route", "IV_INJECTION", "administeredAt", shown, "shownAt", shown,
                "volumeMl", "10", "submissionToken", UUID.randomUUID().toString())).then().statusCode(200)
                .body(containsString("data-state=\"done\""));
        assertEquals(List.of(AdministrationStatus.HELD, AdministrationStatus.GIVEN),
                stored(course).stream().map(a -> a.status).toList());
    }

    @Test
    void theNextImSiteIsPrefilledAndSitesReadInWords() {
        long course = due("Site" + UUID.randomUUID().toString().substring(0, 6), Route.IM_INJECTION, "5");
        QuarkusTransaction.requiringNew().run(() -> {
            Administration a = new Administration();
            a.course = TreatmentCourse.findById(course);
            a.administeredAt = Instant.now().minus(Duration.ofDays(1));
            a.courseDay = 1;
            a.route = Route.IM_INJECTION;
            a.volumeMl = new BigDecimal("5");
            a.status = AdministrationStatus.GIVEN;
            a.site = "LEFT_GLUTEAL";
            a.recordedBy = "nurse";
            a.recordedAt = a.administeredAt;
            a.persist();
        });
        String row = row(WebSession.nurse().page("/worklist?ward=all"), course);
        assertThat(row, containsString("<option value=\"RIGHT_GLUTEAL\" selected>Right buttock (gluteal)</option>"));
        assertThat(row, containsString(">Left upper arm (deltoid)</option>"));
    }

    @Test
    void aBlockedPatientSaysDoNotGiveAndOffersHeldAndAskThePhysician() {
        String family = "Blocked" + UUID.randomUUID().toString().substring(0, 6);
        long course = due(family, Route.IV_INJECTION, "10");
        flag(course, FlagCode.CONTRAINDICATION, FlagStatus.OPEN);
        WebSession nurse = WebSession.nurse();
        String row = row(nurse.page("/worklist?ward=all"), course);
        assertThat(row, containsString("Do not give: awaiting physician"));
        assertThat(row, containsString("Epilepsy"));
        assertThat("no Give button on a blocked row", row, not(containsString("aria-label=\"Give ")));
        assertThat(row, containsString("Record as held (blocked)"));
        // The warning once, one held form, and no full form whose Give would be refused.
        assertEquals(1, row.split("class=\"banner-critical\"", -1).length - 1, "one warning: " + row);
        assertEquals(1, row.split("action=\"/courses/" + course + "/administrations\"", -1).length - 1, "one not-given form");
        assertThat(row, not(containsString("/administrations/new")));

        nurse.request().header("HX-Request", "true").header("X-CSRF-TOKEN", nurse.csrf())
                .contentType("application/x-www-form-urlencoded")
                .post("/worklist/courses/" + course + "/ask-physician").then().statusCode(200)
                .body(containsString("The physician is asked to review this course first."));
        assertEquals(1L, (long) QuarkusTransaction.requiringNew().call(() ->
                AuditEvent.count("action = ?1 and targetId = ?2", "PHYSICIAN_ASKED", course)));
        String physician = WebSession.physician().page("/worklist?ward=all");
        assertThat(physician, containsString("Nurses ask you to review"));
        int queue = physician.indexOf("Nurses ask you to review");
        assertTrue(physician.indexOf(family, queue) < physician.indexOf("Due today"), "the course tops the physician's page");

        String shown = hidden(row, "shownAt");
        String notes = hidden(row.substring(row.indexOf("wl-blocked")), "notes");
        post(nurse, course, Map.of("status", "HELD", "route", "IV_INJECTION", "administeredAt", shown, "shownAt", shown,
                "notes", notes, "submissionToken", UUID.randomUUID().toString())).then().statusCode(200)
                .body(containsString("Recorded: dose held"));
        Administration held = stored(course).get(0);
        assertEquals(AdministrationStatus.HELD, held.status);
        assertThat(held.notes, containsString("awaiting physician"));
    }

    @Test
    void theTimeFieldShowsTheClinicsTwentyFourHourClockAndTheServerReadsIt() {
        long course = due("Clock" + UUID.randomUUID().toString().substring(0, 6), Route.IV_INJECTION, "10");
        WebSession nurse = WebSession.nurse();
        String row = row(nurse.page("/worklist?ward=all"), course);
        String shown = hidden(row, "shownAt");
        String clock = shown.replace('T', ' ');
        assertThat(row, containsString("name=\"administeredAt\" type=\"text\" pattern=\"\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}\""));
        assertThat(row, containsString("value=\"" + clock + "\""));
        assertTrue(clock.matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}"), clock);

        // Left as shown (the space form against shownAt's T form): the tap time.
        TestClock.advance(Duration.ofMinutes(7));
        Instant tapped = TestClock.clock().instant();
        post(nurse, course, Map.of("status", "GIVEN", "route", "IV_INJECTION", "administeredAt", clock, "shownAt", shown,
                "volumeMl", "10", "submissionToken", UUID.randomUUID().toString())).then().statusCode(200);
        Instant at = stored(course).get(0).administeredAt;
        assertTrue(Duration.between(tapped, at).abs().getSeconds() < 5, "stored " + at + ", tapped " + tapped);

        // Typed in the clinic's form: kept as typed.
        long typed = due("Clock" + UUID.randomUUID().toString().substring(0, 6), Route.IV_INJECTION, "10");
        LocalDateTime hourAgo = LocalDateTime.now(TestClock.clock()).minusHours(1).truncatedTo(ChronoUnit.MINUTES);
        post(nurse, typed, Map.of("status", "GIVEN", "route", "IV_INJECTION", "administeredAt",
                hourAgo.toString().replace('T', ' '), "shownAt", shown, "volumeMl", "10",
                "submissionToken", UUID.randomUUID().toString())).then().statusCode(200);
        assertEquals(hourAgo, LocalDateTime.ofInstant(stored(typed).get(0).administeredAt, TestClock.clock().getZone()));

        // Malformed: the field's message, nothing stored.
        long bad = due("Clock" + UUID.randomUUID().toString().substring(0, 6), Route.IV_INJECTION, "10");
        String answer = post(nurse, bad, Map.of("status", "GIVEN", "route", "IV_INJECTION", "administeredAt",
                "01/12/2026 4:10 PM", "shownAt", shown, "volumeMl", "10", "submissionToken", UUID.randomUUID().toString()))
                .then().statusCode(200).extract().asString();
        assertThat(answer, containsString("id=\"at-" + bad + "-error\">Enter a date and time as YYYY-MM-DD HH:MM (24-hour clock)"));
        assertEquals(0, stored(bad).size());
    }
}
