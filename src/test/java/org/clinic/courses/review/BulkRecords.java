package org.clinic.courses.review;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Grows the test database in plain SQL (H2's system_range), fast: for each number n, n patients
 * each with one course of the demo physician, one given dose, one side effect and one open flag
 * (5 n records); a tenth of the courses are stopped (with their open flag) and another tenth start a month
 * later, so the physician's landing page has every list filled. Everything it wrote is removed by {@link #removeAll}, so other tests meet a normal database.
 */
final class BulkRecords {
    static final String MRN_PREFIX = "BULK14-";

    private BulkRecords() {
    }

    static void add(int from, int count, LocalDate start) {
        String mrn = MRN_PREFIX + from + "-%";
        Timestamp given = Timestamp.from(start.atTime(10, 0).atZone(java.time.ZoneId.systemDefault()).toInstant());
        run("insert into patient (mrn, given_name, family_name, birth_date, sex, created_at, version)"
                + " select '" + MRN_PREFIX + from + "-' || x, 'Bulk', 'Bulkpatient' || x, date '1950-01-01', 'FEMALE',"
                + " current_timestamp, 0 from system_range(1, " + count + ")");
        String ofThisBatch = " from treatment_course c join patient p on p.id = c.patient_id where p.mrn like '" + mrn + "'";
        run("insert into treatment_course (patient_id, drug_code, indication, route, daily_volume_ml, start_date, length_days,"
                + " schedule, prescribed_by, created_at, version) select p.id, 'cerebrolysin', 'Acute ischaemic stroke',"
                + " 'IV_INFUSION', 30, date '" + start + "', 10, 'DAILY', 'physician', current_timestamp, 0"
                + " from patient p where p.mrn like '" + mrn + "'");
        run("insert into administration (course_id, administered_at, course_day, route, volume_ml, status, lot_number,"
                + " recorded_by, recorded_at, voided) select c.id, ?, 1, 'IV_INFUSION', 30, 'GIVEN', 'BULK-L' || mod(c.id, 50),"
                + " 'nurse', current_timestamp, false" + ofThisBatch, given);
        run("insert into adverse_event (course_id, observed_on, course_day, term, grade, serious, action_taken, outcome,"
                + " recorded_by, recorded_at, voided) select c.id, date '" + start + "', 1, 'Headache', 1, false, 'NONE',"
                + " 'RECOVERED', 'nurse', current_timestamp, false" + ofThisBatch);
        run("insert into flag (course_id, code, severity, status, cause_key, course_day, message, raised_at)"
                + " select c.id, 'DUPLICATE_DOSE', 'WARNING', 'OPEN', 'BULK:' || c.id, 1, 'Bulk flag', current_timestamp"
                + ofThisBatch);
        String courseOfThisBatch = " and patient_id in (select id from patient where mrn like '" + mrn + "')";
        run("update treatment_course set stopped_at = current_timestamp, stopped_by = 'physician', stop_reason = 'bulk'"
                + " where mod(id, 10) = 0" + courseOfThisBatch);
        run("update treatment_course set start_date = date '" + start.plusDays(30) + "' where mod(id, 10) = 1"
                + courseOfThisBatch);
    }

    static void removeAll() {
        String courses = " where course_id in (select c.id from treatment_course c join patient p on p.id = c.patient_id"
                + " where p.mrn like '" + MRN_PREFIX + "%')";
        run("delete from flag" + courses);
        run("delete from adverse_event" + courses);
        run("delete from administration" + courses);
        run("delete from treatment_course where patient_id in (select id from patient where mrn like '" + MRN_PREFIX + "%')");
        run("delete from patient where mrn like '" + MRN_PREFIX + "%'");
    }

    private static void run(String sql, Object... params) {
        AgroalDataSource ds = Arc.container().instance(AgroalDataSource.class).get();
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) s.setObject(i + 1, params[i]);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    static Instant now() {
        return Instant.now();
    }
}
