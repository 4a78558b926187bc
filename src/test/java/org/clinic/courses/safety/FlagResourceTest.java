package org.clinic.courses.safety;

import io.quarkus.qute.Engine;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import org.clinic.courses.course.Route;
import org.clinic.courses.course.TreatmentCourse;
import org.clinic.courses.support.WebSession;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.clinic.courses.safety.SafetyFixtures.*;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

/** The /flags review queue, its forms, the navigation counts and the banner tag. */
@QuarkusTest
class FlagResourceTest {
    @Inject
    SafetyService safety;
    @Inject
    Clock clock;
    @Inject
    EntityManagerFactory emf;
    @Inject
    Engine engine;

    private TreatmentCourse courseWithSeriousEvent(String term) {
        LocalDate today = LocalDate.now(clock);
        TreatmentCourse course = tx(() -> course(patient(), Route.IV_INFUSION, today, 10));
        run(() -> event(course, today, term, 3));
        tx(() -> safety.evaluate(course));
        return course;
    }

    @Test
    void theQueueShowsFlagsEscapedWithFormsByRole() {
        TreatmentCourse course = courseWithSeriousEvent("<script>alert(1)</script>");
        long id = flags(course.id, FlagCode.SERIOUS_ADVERSE_EVENT).get(0).id;

        String html = WebSession.nurse().page("/flags?code=SERIOUS_ADVERSE_EVENT");
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "the term is escaped");
        assertFalse(html.contains("<script>alert(1)"), "never raw");
        assertTrue(html.contains("href=\"/courses/" + course.id + "\""));
        assertTrue(html.contains("Serious adverse event"));
        assertTrue(html.contains("action=\"/flags/" + id + "/acknowledge\""));
        assertFalse(html.contains("action=\"/flags/" + id + "/override\""), "nurses cannot override");
        assertTrue(html.contains("name=\"csrf-token\""));
        assertTrue(html.matches("(?s).*<span class=\"badge critical\">\\d+ critical</span>.*"), "navigation counts in words");

        String physicianHtml = WebSession.physician().page("/flags?code=SERIOUS_ADVERSE_EVENT");
        assertTrue(physicianHtml.contains("action=\"/flags/" + id + "/override\""));
        assertTrue(physicianHtml.contains("action=\"/flags/" + id + "/resolve\""));
    }

    @Test
    void theNavigationBadgeCountsEveryOpenCriticalFlag() {
        courseWithSeriousEvent("Fainting");
        String html = WebSession.physician().page("/patients/new");
        java.util.regex.Matcher badge = java.util.regex.Pattern.compile("<span class=\"badge critical\">(\\d+\\+?) critical</span>")
                .matcher(html);
        assertTrue(badge.find(), "the navigation shows the open critical flags");
        long open = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() ->
                Flag.count("status = ?1 and severity = ?2", FlagStatus.OPEN, FlagSeverity.CRITICAL));
        String expected = open > FlagSearch.BADGE_LIMIT ? FlagSearch.BADGE_LIMIT + "+" : String.valueOf(open);
        assertEquals(expected, badge.group(1));
    }

    @Test
    void pastItsLimitTheBadgeSaysSoInsteadOfCounting() {
        assertEquals("1000", FlagCounts.shown(1000));
        assertEquals("1000+", FlagCounts.shown(1001));
        assertEquals("0", FlagCounts.shown(0));
    }

    @Test
    void acknowledgeAndOverrideThroughTheFormsWithPostRedirectGet() {
        TreatmentCourse course = courseWithSeriousEvent("Vomiting");
        long id = flags(course.id, FlagCode.SERIOUS_ADVERSE_EVENT).get(0).id;

        WebSession nurse = WebSession.nurse();
        nurse.page("/flags");
        String back = "severity=CRITICAL";
        assertEquals("/flags?status=OPEN&status=ACKNOWLEDGED&severity=CRITICAL", nurse.postFormExpectRedirect("/flags/" + id + "/acknowledge",
                "note", "Patient admitted", "back", back).replaceFirst("^https?://[^/]+", ""));
        assertEquals(FlagStatus.ACKNOWLEDGED, flags(course.id, FlagCode.SERIOUS_ADVERSE_EVENT).get(0).status);
        nurse.postForm("/flags/" + id + "/override", "reason", "fine", "password", "nurse-demo").then().statusCode(403);

        WebSession physician = WebSession.physician();
        physician.page("/flags");
        physician.postForm("/flags/" + id + "/override", "reason", " ", "password", "physician-demo").then().statusCode(400)
                .body(containsString("id=\"override-" + id + "-error\""), containsString("Required"));
        physician.postFormExpectRedirect("/flags/" + id + "/override", "reason", "Expected; managed as inpatient",
                "password", "physician-demo");
        Flag f = flags(course.id, FlagCode.SERIOUS_ADVERSE_EVENT).get(0);
        assertEquals(FlagStatus.OVERRIDDEN, f.status);
        assertEquals("physician", f.overriddenBy);
        physician.postForm("/flags/" + id + "/resolve", "reason", "done").then().statusCode(409)
                .body(containsString("cannot be resolved"));
        assertEquals(List.of("FLAG_RAISED", "FLAG_ACKNOWLEDGED", "FLAG_OVERRIDDEN"), auditActions(id));
    }

    @Test
    void badFiltersReRenderWithFieldMessagesAndAdminsAreRefused() {
        WebSession.nurse().request().get("/flags?severity=LOUD&from=someday").then().statusCode(400)
                .body(containsString("id=\"from-error\""), containsString("id=\"severity-error\""), containsString("Unknown value"));
        WebSession.admin().request().get("/flags").then().statusCode(403);
    }

    @Test
    void theQueueRunsTheSameStatementsFor10And200Flags() {
        seedFlags(10);
        WebSession nurse = WebSession.nurse();
        nurse.page("/flags");
        long small = statementsFor(nurse);
        seedFlags(190);
        long large = statementsFor(nurse);
        assertEquals(small, large, "statements for 10 vs 200 flags");
        assertTrue(small <= 6, "a handful of statements, was " + small);
    }

    @Test
    void theBannerShowsOnlyActiveCriticalFlags() {
        TreatmentCourse course = courseWithSeriousEvent("Seizure <b>");
        List<Flag> all = flags(course.id);
        String html = engine.parse("{#flagBanner flags=flags /}").data("flags", all).render();
        assertTrue(html.contains("banner-critical"), html);
        assertTrue(html.contains("Seizure &lt;b&gt;"), html);
        assertTrue(html.contains("href=\"/courses/" + course.id + "\""), html);
        List<FlagView> views = all.stream().map(FlagView::of).toList();
        assertTrue(engine.parse("{#flagBanner flags=flags /}").data("flags", views).render().contains("banner-critical"));
        String none = engine.parse("{#flagBanner flags=flags /}").data("flags", List.of()).render();
        assertFalse(none.contains("banner-critical"));
    }

    private long statementsFor(WebSession session) {
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        stats.clear();
        session.request().get("/flags").then().statusCode(200);
        return stats.getPrepareStatementCount();
    }

    /** Flags spread over courses of different patients, as the queue would meet them. */
    private void seedFlags(int count) {
        run(() -> {
            TreatmentCourse course = null;
            for (int i = 0; i < count; i++) {
                if (i % 5 == 0) course = course(patient(), Route.IV_INFUSION, LocalDate.now(clock), 10);
                Flag f = new Flag();
                f.course = course;
                f.code = FlagCode.DUPLICATE_DOSE;
                f.severity = FlagSeverity.WARNING;
                f.status = FlagStatus.OPEN;
                f.causeKey = "TEST:" + i;
                f.message = "Seeded flag " + i;
                f.raisedAt = Instant.now();
                f.persist();
            }
        });
    }
}
