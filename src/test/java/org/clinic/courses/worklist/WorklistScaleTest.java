package org.clinic.courses.worklist;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import org.clinic.courses.course.Route;
import org.clinic.courses.ward.Ward;
import org.clinic.courses.support.WebSession;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import static org.clinic.courses.support.DoseFixtures.today;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A ward's worklist reads the courses running today, not the clinic's history: 3,000 more courses
 * that ended weeks ago without a sign-off (as a clinic that does not sign every course off has) change
 * neither the statements nor the rows the worklist reads.
 */
@QuarkusTest
class WorklistScaleTest {
    static final String MRN = "WLSCALE-";
    static final int ENDED = 3000;

    @Inject
    EntityManagerFactory emf;
    @Inject
    AgroalDataSource ds;
    @Inject
    WorklistService worklist;

    record Reads(long statements, long rows) {
    }

    @Test
    void readsTheSameStatementsAndRowsWithThousandsOfEndedCourses() throws SQLException {
        WorklistTest.dueCourse("Scalebase", Route.IV_INFUSION, "30");
        WebSession nurse = WebSession.nurse();
        Long wardId = QuarkusTransaction.requiringNew().call(() -> Ward.<Ward>findAll().firstResultOptional().map(w -> w.id).orElse(null));
        nurse.page("/worklist?ward=all");
        Reads smallPage = page(nurse);
        Reads smallWard = ward(wardId);
        seedEndedCourses();
        try {
            Reads largePage = page(nurse);
            Reads largeWard = ward(wardId);
            assertTrue(smallPage.rows() > 0, "the due course is read");
            assertEquals(smallPage, largePage, "whole clinic: same statements and rows with " + ENDED + " ended courses");
            assertEquals(smallWard, largeWard, "one ward: same statements and rows with " + ENDED + " ended courses");
            assertTrue(largePage.statements() <= 6, "worklist page ran " + largePage.statements() + " statements");
            // The course list counts up to 1,000 and says there are more, instead of counting them all.
            String list = nurse.page("/courses");
            assertTrue(list.matches("(?s).*More than 1,?000 courses.*"), "the course list says there are more");
            assertTrue(list.contains("Page 1 of 50"), "50 pages of 20");
        } finally {
            run("delete from treatment_course where patient_id in (select id from patient where mrn like '" + MRN + "%')");
            run("delete from patient where mrn like '" + MRN + "%'");
        }
    }

    private Reads page(WebSession nurse) {
        return reads(() -> nurse.page("/worklist?ward=all"));
    }

    private Reads ward(Long wardId) {
        return reads(() -> worklist.today(wardId));
    }

    /** Statements prepared, and entities built from their result rows. */
    private Reads reads(Runnable call) {
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        long statements = stats.getPrepareStatementCount();
        long rows = stats.getEntityLoadCount();
        call.run();
        return new Reads(stats.getPrepareStatementCount() - statements, stats.getEntityLoadCount() - rows);
    }

    /** Courses of 10 days that started 30 to 89 days ago: inside a year, ended, never signed off. */
    private void seedEndedCourses() throws SQLException {
        run("insert into patient (mrn, given_name, family_name, birth_date, sex, created_at, created_by, version)"
                + " select '" + MRN + "' || x, 'Ended', 'Endedcourse' || x, date '1950-01-01', 'FEMALE',"
                + " current_timestamp, 'test', 0 from system_range(1, " + ENDED + ")");
        run("insert into treatment_course (patient_id, drug_code, indication, route, daily_volume_ml, start_date,"
                + " length_days, schedule, prescribed_by, created_at, version) select p.id, 'cerebrolysin',"
                + " 'Acute ischaemic stroke', 'IV_INFUSION', 30, dateadd(day, -30 - mod(p.id, 60), date '" + today()
                + "'), 10, 'DAILY', 'physician', current_timestamp, 0 from patient p where p.mrn like '" + MRN + "%'");
    }

    private void run(String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }
}
