package org.clinic.courses.report;

import io.quarkus.narayana.jta.QuarkusTransaction;
import org.clinic.courses.adverse.ActionTaken;
import org.clinic.courses.adverse.AdverseEvent;
import org.clinic.courses.adverse.Causality;
import org.clinic.courses.adverse.Outcome;
import org.clinic.courses.course.Route;
import org.clinic.courses.course.ScheduleType;
import org.clinic.courses.course.TreatmentCourse;
import org.clinic.courses.patient.Patient;
import org.clinic.courses.patient.Sex;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** Writes patients, courses and adverse events straight to the database for endpoint tests. */
final class ReportSeed {
    private ReportSeed() {
    }

    /** A patient (MRN given) on Cerebrolysin from {@code start}; returns the persisted course. */
    static TreatmentCourse course(String mrn, LocalDate start) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Patient p = new Patient();
            p.mrn = mrn;
            p.givenName = "Grace";
            p.familyName = "Hopper";
            p.birthDate = LocalDate.of(1946, 12, 9);
            p.sex = Sex.FEMALE;
            p.weightKg = new BigDecimal("58.0");
            p.createdAt = Instant.now();
            p.persist();
            TreatmentCourse c = new TreatmentCourse();
            c.patient = p;
            c.drugCode = "cerebrolysin";
            c.indication = "Traumatic brain injury";
            c.route = Route.IV_INFUSION;
            c.dailyVolumeMl = new BigDecimal("30");
            c.startDate = start;
            c.lengthDays = 30;
            c.schedule = ScheduleType.DAILY;
            c.prescribedBy = "physician";
            c.createdAt = Instant.now();
            c.persist();
            return c;
        });
    }

    static long event(TreatmentCourse course, LocalDate on, String term, int grade, boolean serious, boolean voided) {
        return QuarkusTransaction.requiringNew().call(() -> {
            AdverseEvent e = new AdverseEvent();
            e.course = TreatmentCourse.findById(course.id);
            e.observedOn = on;
            e.courseDay = course.courseDayOf(on);
            e.term = term;
            e.grade = grade;
            e.serious = serious;
            e.action = ActionTaken.NONE;
            e.outcome = Outcome.RECOVERING;
            e.causality = Causality.POSSIBLE;
            e.recordedBy = "nurse";
            e.recordedAt = Instant.now();
            e.voided = voided;
            if (voided) {
                e.voidedAt = Instant.now();
                e.voidedBy = "nurse";
                e.voidReason = "entered on the wrong patient";
            }
            e.persist();
            return e.id;
        });
    }
}
