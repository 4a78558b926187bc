package org.clinic.courses.safety;

import io.quarkus.narayana.jta.QuarkusTransaction;
import org.clinic.courses.adverse.AdverseEvent;
import org.clinic.courses.adverse.ActionTaken;
import org.clinic.courses.adverse.Causality;
import org.clinic.courses.adverse.Outcome;
import org.clinic.courses.audit.AuditEvent;
import org.clinic.courses.course.Route;
import org.clinic.courses.course.ScheduleType;
import org.clinic.courses.course.TreatmentCourse;
import org.clinic.courses.dose.Administration;
import org.clinic.courses.dose.AdministrationStatus;
import org.clinic.courses.patient.Condition;
import org.clinic.courses.patient.Medication;
import org.clinic.courses.patient.Patient;
import org.clinic.courses.patient.Sex;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Records written straight to the database, as the patient, course, dose and adverse-event
 * services of other branches would write them, so flags can be driven end to end without them.
 */
final class SafetyFixtures {
    private static final AtomicLong SEQ = new AtomicLong(System.nanoTime() % 1_000_000);

    private SafetyFixtures() {
    }

    static <T> T tx(Supplier<T> work) {
        return QuarkusTransaction.requiringNew().call(work::get);
    }

    static void run(Runnable work) {
        QuarkusTransaction.requiringNew().run(work);
    }

    /** A 60-year-old patient with the given conditions (name and optional ICD-10 code pairs). */
    static Patient patient(String... conditionNameCodePairs) {
        Patient p = new Patient();
        p.mrn = "SAFETY-" + SEQ.incrementAndGet();
        p.givenName = "Test";
        p.familyName = "Safety" + SEQ.get();
        p.birthDate = LocalDate.of(1966, 5, 4);
        p.sex = Sex.FEMALE;
        p.createdAt = Instant.now();
        p.createdBy = "test";
        p.persist();
        for (int i = 0; i < conditionNameCodePairs.length; i += 2) {
            Condition c = new Condition();
            c.patient = p;
            c.name = conditionNameCodePairs[i];
            c.code = i + 1 < conditionNameCodePairs.length ? conditionNameCodePairs[i + 1] : null;
            c.recordedAt = Instant.now();
            c.recordedBy = "test";
            c.persist();
        }
        return p;
    }

    static Medication medication(Patient p, String name) {
        Medication m = new Medication();
        m.patient = p;
        m.name = name;
        m.recordedAt = Instant.now();
        m.recordedBy = "test";
        m.persist();
        return m;
    }

    /** A daily Cerebrolysin course of 30 ml a day by the given route. */
    static TreatmentCourse course(Patient p, Route route, LocalDate start, int lengthDays) {
        TreatmentCourse c = new TreatmentCourse();
        c.patient = p;
        c.drugCode = "cerebrolysin";
        c.indication = "Traumatic brain injury";
        c.route = route;
        c.dailyVolumeMl = route == Route.IM_INJECTION ? new BigDecimal("5") : new BigDecimal("30");
        c.startDate = start;
        c.lengthDays = lengthDays;
        c.schedule = ScheduleType.DAILY;
        c.prescribedBy = "physician";
        // Entered the day before it starts (not back-filled), so its missed days are judged at once.
        Instant dayBefore = start.minusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        c.createdAt = dayBefore.isBefore(Instant.now()) ? dayBefore : Instant.now();
        c.persist();
        return c;
    }

    static Administration dose(TreatmentCourse c, LocalDate day, ZoneId zone, String volumeMl) {
        Administration a = new Administration();
        a.course = TreatmentCourse.findById(c.id);
        a.administeredAt = day.atTime(9, 30).atZone(zone).toInstant();
        a.courseDay = c.courseDayOf(day);
        a.route = c.route;
        a.volumeMl = new BigDecimal(volumeMl);
        a.status = AdministrationStatus.GIVEN;
        if (c.route == Route.IV_INFUSION) {
            a.diluent = "NaCl 0.9%";
            a.diluentVolumeMl = new BigDecimal("100");
            a.infusionMinutes = 30;
        } else {
            a.site = "LEFT_GLUTEAL";
        }
        a.lotNumber = "L1";
        a.recordedBy = "nurse";
        a.recordedAt = Instant.now();
        a.persist();
        return a;
    }

    static AdverseEvent event(TreatmentCourse c, LocalDate day, String term, int grade) {
        AdverseEvent e = new AdverseEvent();
        e.course = TreatmentCourse.findById(c.id);
        e.observedOn = day;
        e.courseDay = c.courseDayOf(day);
        e.term = term;
        e.grade = grade;
        e.action = ActionTaken.NONE;
        e.outcome = Outcome.NOT_RECOVERED;
        e.causality = Causality.POSSIBLE;
        e.recordedBy = "nurse";
        e.recordedAt = Instant.now();
        e.persist();
        return e;
    }

    static void voidEvent(long id, String reason) {
        AdverseEvent e = AdverseEvent.findById(id);
        e.voided = true;
        e.voidedAt = Instant.now();
        e.voidedBy = "nurse";
        e.voidReason = reason;
    }

    static List<Flag> flags(long courseId) {
        return tx(() -> Flag.<Flag>list("course.id = ?1 order by id", courseId));
    }

    static List<Flag> flags(long courseId, FlagCode code) {
        return flags(courseId).stream().filter(f -> f.code == code).toList();
    }

    static List<String> auditActions(long flagId) {
        return tx(() -> AuditEvent.<AuditEvent>list("targetType = 'Flag' and targetId = ?1 order by id", flagId)
                .stream().map(a -> a.action).toList());
    }
}
