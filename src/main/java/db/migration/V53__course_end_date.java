package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.Statement;

/**
 * Issue 13 (scale): a course's last day as a column the database computes from its start date and
 * length, so the worklist asks for the courses running today through an index instead of reading every
 * unsigned course of the past year. A generated column also covers rows written by plain SQL (seeds,
 * bulk test data). The expression differs between H2 and PostgreSQL, hence Java and not SQL.
 */
public class V53__course_end_date extends BaseJavaMigration {
    @Override
    public void migrate(Context context) throws Exception {
        boolean postgres = context.getConnection().getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        try (Statement s = context.getConnection().createStatement()) {
            if (postgres) {
                s.execute("alter table treatment_course add column end_date date"
                        + " generated always as (start_date + (length_days - 1)) stored");
                // Only running courses are ever looked up by their window.
                s.execute("create index treatment_course_running on treatment_course (end_date, start_date)"
                        + " where stopped_at is null and signed_off_at is null");
            } else {
                s.execute("alter table treatment_course add column end_date date"
                        + " generated always as (dateadd(day, length_days - 1, start_date))");
                s.execute("create index treatment_course_running on treatment_course (end_date, start_date)");
            }
        }
    }
}
