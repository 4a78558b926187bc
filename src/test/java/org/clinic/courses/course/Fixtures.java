package org.clinic.courses.course;

import io.quarkus.narayana.jta.QuarkusTransaction;
import org.clinic.courses.adverse.ActionTaken;
import org.clinic.courses.adverse.AdverseEvent;
import org.clinic.courses.adverse.Outcome;
import org.clinic.courses.dose.Administration;
import org.clinic.courses.dose.AdministrationStatus;
import org.clinic.courses.patient.Patient;
import org.clinic.courses.patient.Sex;
import org.clinic.courses.safety.Flag;
import org.clinic.courses.safety.FlagCode;
import org.clinic.courses.safety.FlagStatus;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

/** Rows written straight to the database, for tests that need records other features create. */
final class Fixtures {
    private Fixtures() {
    }

    static Patient patient(String family) {
        Patient p = new Patient();
        p.mrn = "F-" + UUID.randomUUID().toString().substring(0, 12);
        p.givenName = "Test";
        p.familyName = family;
        p.birthDate = LocalDate.of(1955, 5, 5);
        p.sex = Sex.FEMALE;
        p.weightKg = new BigDecimal("70");
        p.createdAt = Instant.now();
        p.persist();
        return p;
    }

    static TreatmentCourse course(Patient p, LocalDate start, int length) {
        TreatmentCourse c = new TreatmentCourse();
        c.patient = p;
        c.drugCode = "cerebrolysin";
        c.indication = "Acute ischaemic stroke";
        c.protocolName = "Acute ischaemic stroke";
        c.route = Route.IV_INFUSION;
        c.dailyVolumeMl = new BigDecimal("30");
        c.startDate = start;
        c.lengthDays = length;
        c.schedule = ScheduleType.DAILY;
        c.prescribedBy = "physician";
        c.createdAt = Instant.now();
        c.persist();
        return c;
    }

    static Administration dose(TreatmentCourse c, int day, boolean voided) {
        Administration a = new Administration();
        a.course = c;
        a.courseDay = day;
        a.administeredAt = c.dateOfCourseDay(day).atTime(9, 30).atZone(ZoneId.systemDefault()).toInstant();
        a.route = Route.IV_INFUSION;
        a.volumeMl = new BigDecimal("30");
        a.status = AdministrationStatus.GIVEN;
        a.lotNumber = "L123";
        a.diluent = "NaCl 0.9%";
        a.diluentVolumeMl = new BigDecimal("100");
        a.infusionMinutes = 20;
        a.recordedBy = "nurse";
        a.recordedAt = Instant.now();
        if (voided) {
            a.voided = true;
            a.voidedAt = Instant.now();
            a.voidedBy = "nurse";
            a.voidReason = "Logged on the wrong patient";
        }
        a.persist();
        return a;
    }

    static AdverseEvent event(TreatmentCourse c, int day, String term, int grade) {
        AdverseEvent e = new AdverseEvent();
        e.course = c;
        e.courseDay = day;
        e.observedOn = c.dateOfCourseDay(day);
        e.term = term;
        e.grade = grade;
        e.action = ActionTaken.NONE;
        e.outcome = Outcome.NOT_RECOVERED;
        e.recordedBy = "nurse";
        e.recordedAt = Instant.now();
        e.persist();
        return e;
    }

    static Flag flag(TreatmentCourse c, FlagCode code, FlagStatus status) {
        Flag f = new Flag();
        f.course = c;
        f.code = code;
        f.severity = code.severity;
        f.status = status;
        f.causeKey = code + ":" + UUID.randomUUID();
        f.message = "Test flag " + code;
        f.raisedAt = Instant.now();
        f.persist();
        return f;
    }

    static <T> T tx(java.util.concurrent.Callable<T> work) {
        return QuarkusTransaction.requiringNew().call(work);
    }
}
