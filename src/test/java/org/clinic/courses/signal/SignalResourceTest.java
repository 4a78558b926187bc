package org.clinic.courses.signal;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.clinic.courses.adverse.ActionTaken;
import org.clinic.courses.adverse.AdverseEvent;
import org.clinic.courses.adverse.Outcome;
import org.clinic.courses.course.Route;
import org.clinic.courses.course.ScheduleType;
import org.clinic.courses.course.TreatmentCourse;
import org.clinic.courses.dose.Administration;
import org.clinic.courses.dose.AdministrationStatus;
import org.clinic.courses.support.DoseFixtures;
import org.clinic.courses.support.WebSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import static org.clinic.courses.support.DoseFixtures.clock;
import static org.clinic.courses.support.DoseFixtures.today;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.*;

/**
 * The safety view over a period no other test writes into (about a year ago): two courses of 10 given
 * doses, lot SIG-A and lot SIG-B; four headaches on lot B, one hiccup (not a listed side effect) on lot A.
 */
@QuarkusTest
class SignalResourceTest {
    static LocalDate start;

    @BeforeAll
    static void seed() {
        start = today().minusDays(360);
        QuarkusTransaction.requiringNew().run(() -> {
            TreatmentCourse a = DoseFixtures.newCourse(DoseFixtures.patient("Sig", "Alpha"), Route.IV_INFUSION, "30", start, 10,
                    ScheduleType.DAILY, "Acute ischaemic stroke");
            TreatmentCourse b = DoseFixtures.newCourse(DoseFixtures.patient("Sig", "Beta"), Route.IV_INFUSION, "30", start, 10,
                    ScheduleType.DAILY, "Acute ischaemic stroke");
            for (int day = 1; day <= 10; day++) {
                dose(a, day, "SIG-A");
                dose(b, day, "SIG-B");
            }
            for (int day = 1; day <= 4; day++) event(b, day, "Headache", day == 4);
            event(a, 2, "=Hiccups");
            // after the other tests' period: a listed side effect typed without its hyphen (issue 14, third session)
            TreatmentCourse c = DoseFixtures.newCourse(DoseFixtures.patient("Sig", "Gamma"), Route.IV_INFUSION, "30",
                    start.plusDays(20), 5, ScheduleType.DAILY, "Acute ischaemic stroke");
            for (int day = 1; day <= 5; day++) dose(c, day, "LBAD7CEREBROLYSIN");
            event(c, 1, "Injection site reaction");
        });
    }

    private static void dose(TreatmentCourse c, int day, String lot) {
        Administration x = new Administration();
        x.course = c;
        x.courseDay = day;
        x.administeredAt = c.dateOfCourseDay(day).atTime(10, 0).atZone(clock().getZone()).toInstant();
        x.route = Route.IV_INFUSION;
        x.volumeMl = new BigDecimal("30");
        x.status = AdministrationStatus.GIVEN;
        x.lotNumber = lot;
        x.recordedBy = "nurse";
        x.recordedAt = Instant.now();
        x.persist();
    }

    private static void event(TreatmentCourse c, int day, String term, boolean serious) {
        AdverseEvent e = new AdverseEvent();
        e.course = c;
        e.courseDay = day;
        e.observedOn = c.dateOfCourseDay(day);
        e.term = term;
        e.grade = 2;
        e.serious = serious;
        e.action = ActionTaken.NONE;
        e.outcome = Outcome.RECOVERED;
        e.recordedBy = "nurse";
        e.recordedAt = Instant.now();
        e.persist();
    }

    private static void event(TreatmentCourse c, int day, String term) {
        event(c, day, term, false);
    }

    private String period() {
        return "from=" + start + "&to=" + start.plusDays(13) + "&drug=cerebrolysin";
    }

    @Test
    void thePageShowsRatesAndTheLotSignal() {
        WebSession physician = WebSession.physician();
        String html = physician.page("/signals?" + period() + "&factor=1.5&minimum=3");
        assertTrue(html.contains("1 lot to review"), html); // was "1 lots" before issue 14 (third session)
        assertTrue(html.contains("250.0"), "5 side effects per 20 doses = 250 per 1,000");
        assertTrue(html.contains("400.0"), "lot B: 4 per 10 doses");
        assertTrue(html.contains("<td class=\"num\">1.60</td>"), "lot B at 1.6 times the drug's rate");
        assertTrue(html.contains("&#39;=Hiccups") || html.contains("=Hiccups"), "the term shown escaped as typed");
        assertTrue(html.contains("Not listed"), "Hiccups is not a listed side effect");
        assertTrue(html.contains("<svg class=\"chart\" role=\"img\" aria-labelledby=\"trend-title\""), "weekly trend chart");
        String defaults = physician.page("/signals?" + period());
        assertTrue(defaults.contains("0 lots to review"), "1.6 times is under the default factor of 2");
    }

    @Test
    void aListedTermTypedWithoutItsHyphenIsListedOnThePageAndInTheCsv() {
        String later = "from=" + start.plusDays(20) + "&to=" + start.plusDays(30) + "&drug=cerebrolysin";
        WebSession physician = WebSession.physician();
        String html = physician.page("/signals?" + later);
        assertTrue(html.contains("Injection site reaction"), html);
        assertFalse(html.contains("Not listed"), "the catalog lists Injection-site reaction: " + html);
        assertTrue(html.contains("0 terms not in the drug&#39;s listed side effects")
                || html.contains("0 terms not in the drug's listed side effects"), html);
        String csv = physician.request().get("/signals/export?" + later).then().statusCode(200).extract().asString();
        assertTrue(csv.matches("(?s).*,Injection site reaction,[^\\n]*,true,\\r?\\n.*"), csv);
    }

    @Test
    void theBoxesShowTheThresholdsInForce() {
        String html = WebSession.physician().page("/signals?" + period());
        assertTrue(html.matches("(?s).*id=\"factor\"[^>]*value=\"2\".*"), "factor 2 in force: " + html);
        assertTrue(html.matches("(?s).*id=\"minimum\"[^>]*value=\"3\".*"), "minimum 3 in force");
        String typed = WebSession.physician().page("/signals?" + period() + "&factor=1.5&minimum=4");
        assertTrue(typed.matches("(?s).*id=\"factor\"[^>]*value=\"1.5\".*"), "what was chosen stays");
        String bad = WebSession.physician().request().get("/signals?from=yesterday").then().statusCode(400).extract().asString();
        assertTrue(bad.matches("(?s).*id=\"minimum\"[^>]*value=\"3\".*"), "the defaults also on a re-render");
    }

    @Test
    void theCsvNamesTheZoneAndNeutralisesFormulas() {
        String csv = WebSession.physician().request().get("/signals/export?" + period() + "&factor=1.5&minimum=3")
                .then().statusCode(200).header("Content-Disposition", containsString("attachment; filename=\"safety-signals-"))
                .extract().asString();
        String zone = clock().getZone().getId();
        assertTrue(csv.startsWith("\uFEFFsection,periodFrom (" + zone + "),periodTo (" + zone + ")"), csv);
        assertTrue(csv.contains("lot," + start + "," + start.plusDays(13) + ",Cerebrolysin,,SIG-B,,4,,1,10,,400.0,250.0,1.60,,true"), csv);
        assertTrue(csv.contains("term," + start + "," + start.plusDays(13) + ",Cerebrolysin,Headache,,,4,1,1,,50.0,200.0,,,true,"), csv);
        assertTrue(csv.contains(",'=Hiccups,"), "formula neutralised: " + csv);
    }

    @Test
    void badChoicesAreRefusedByFieldAndNursesCannotSeeIt() {
        WebSession.physician().request().get("/signals?from=yesterday&factor=0.5&minimum=0").then().statusCode(400)
                .body(containsString("id=\"from-error\""), containsString("id=\"factor-error\""),
                        containsString("id=\"minimum-error\""));
        WebSession.physician().request().get("/signals?from=2020-01-01&to=2026-01-01").then().statusCode(400)
                .body(containsString("at most two years"));
        WebSession.nurse().request().get("/signals").then().statusCode(403);
    }
}
