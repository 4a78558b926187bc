package org.clinic.courses.safety;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import org.clinic.courses.course.Route;
import org.clinic.courses.course.TreatmentCourse;
import org.clinic.courses.support.WebSession;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.clinic.courses.safety.SafetyFixtures.*;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

/**
 * The review queue shows 50 flags a page, newest first, with links to the neighbouring pages that keep
 * the filter; a page's statements and rows do not grow with the number of open flags.
 */
@QuarkusTest
class FlagPagingTest {
    /** Flags raised in 2001 only come from the first test, so this filter sees exactly them. */
    static final String YEAR_2001 = "from=2001-01-01&to=2001-12-31";
    static final String YEAR_2002 = "from=2002-01-01&to=2002-12-31";
    static final Pattern MESSAGE = Pattern.compile("Paged flag (\\d+)<");

    @Inject
    EntityManagerFactory emf;

    record Reads(long statements, long rows) {
    }

    @Test
    void pagesOfFiftyNewestFirstWithTheFilterKept() {
        seed(2001, 0, 120);
        WebSession nurse = WebSession.nurse();
        String first = nurse.page("/flags?" + YEAR_2001);
        assertThat(first, containsString("120 flags shown"));
        assertThat(first, containsString("page 1 of 3"));
        assertEquals(range(119, 70), shown(first), "page 1: the 50 newest");
        Matcher next = Pattern.compile("href=\"(/flags\\?[^\"]*)\" rel=\"next\"").matcher(first);
        assertTrue(next.find(), "a link to the older flags");
        String link = next.group(1).replace("&amp;", "&");
        assertThat(link, allOf(containsString("from=2001-01-01"), containsString("to=2001-12-31"), containsString("page=2")));
        assertThat(first, not(containsString("rel=\"prev\"")));

        String second = nurse.page(link);
        assertEquals(range(69, 20), shown(second), "page 2: the next 50");
        assertThat(second, allOf(containsString("rel=\"prev\""), containsString("rel=\"next\"")));
        String third = nurse.page("/flags?" + YEAR_2001 + "&page=3");
        assertEquals(range(19, 0), shown(third), "page 3: the oldest 20");
        assertThat(third, not(containsString("rel=\"next\"")));
        assertEquals(range(19, 0), shown(nurse.page("/flags?" + YEAR_2001 + "&page=99")), "past the end: the last page");
        nurse.request().get("/flags?page=abc").then().statusCode(400)
                .body(containsString("id=\"page-error\">Page: A whole number of at least 1"));
    }

    @Test
    void actingOnAFlagComesBackToItsPage() {
        List<Long> ids = seed(2002, 0, 60);
        WebSession nurse = WebSession.nurse();
        nurse.page("/flags?" + YEAR_2002 + "&page=2");
        String back = "status=OPEN&status=ACKNOWLEDGED&" + YEAR_2002 + "&page=2";
        String location = nurse.postFormExpectRedirect("/flags/" + ids.get(0) + "/acknowledge", "note", "seen", "back", back);
        assertThat(location, allOf(containsString("page=2"), containsString("from=2002-01-01")));
    }

    @Test
    void aPageReadsTheSameStatementsAndRowsWith50Or500MoreFlags() {
        WebSession nurse = WebSession.nurse();
        seed(2003, 0, 60);
        nurse.page("/flags");
        Reads small = reads(nurse);
        seed(2003, 100, 500);
        Reads large = reads(nurse);
        assertEquals(small, large, "first page with 500 more open flags");
        // 50 flags with their courses and patients, at most
        assertTrue(large.rows() <= 150, "rows read: " + large.rows());
    }

    private Reads reads(WebSession nurse) {
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        long statements = stats.getPrepareStatementCount();
        long rows = stats.getEntityLoadCount();
        nurse.request().get("/flags").then().statusCode(200);
        return new Reads(stats.getPrepareStatementCount() - statements, stats.getEntityLoadCount() - rows);
    }

    private static List<Integer> shown(String html) {
        List<Integer> numbers = new ArrayList<>();
        Matcher m = MESSAGE.matcher(html);
        while (m.find()) numbers.add(Integer.parseInt(m.group(1)));
        return numbers;
    }

    private static List<Integer> range(int from, int downTo) {
        List<Integer> numbers = new ArrayList<>();
        for (int i = from; i >= downTo; i--) numbers.add(i);
        return numbers;
    }

    /** Open flags numbered from {@code base}, one a minute in that year (the higher the number, the newer); five a course. */
    private static List<Long> seed(int year, int base, int count) {
        List<Long> ids = new ArrayList<>();
        run(() -> {
            TreatmentCourse course = null;
            Instant start = Instant.parse(year + "-03-01T08:00:00Z").plusSeconds(base * 60L);
            for (int i = 0; i < count; i++) {
                if (i % 5 == 0) course = course(patient(), Route.IV_INFUSION, LocalDate.now(), 10);
                Flag f = new Flag();
                f.course = course;
                f.code = FlagCode.DUPLICATE_DOSE;
                f.severity = FlagSeverity.WARNING;
                f.status = FlagStatus.OPEN;
                f.causeKey = "PAGED:" + (base + i);
                f.message = "Paged flag " + (base + i);
                f.raisedAt = start.plusSeconds(i * 60L);
                f.persist();
                ids.add(f.id);
            }
        });
        return ids;
    }
}
