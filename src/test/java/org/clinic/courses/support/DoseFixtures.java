package org.clinic.courses.support;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import org.clinic.courses.adverse.AdverseEvent;
import org.clinic.courses.course.Route;
import org.clinic.courses.course.ScheduleType;
import org.clinic.courses.course.TreatmentCourse;
import org.clinic.courses.dose.Administration;
import org.clinic.courses.patient.Patient;
import org.clinic.courses.patient.Sex;
import org.clinic.courses.safety.Flag;
import org.clinic.courses.safety.FlagCode;
import org.clinic.courses.safety.FlagStatus;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Patients and courses stored directly as entities, for the dose, adverse-event and worklist tests. */
public final class DoseFixtures {
    private DoseFixtures() {
    }

    public static Clock clock() {
        return Arc.container().instance(Clock.class).get();
    }

    public static LocalDate today() {
        return LocalDate.now(clock());
    }

    /**
     * A moment earlier today in the clinic's zone, up to {@code secondsAgo} ago: a dose "an hour ago" just after
     * midnight would fall on yesterday's course day.
     */
    public static Instant earlierToday(long secondsAgo) {
        Instant now = clock().instant();
        Instant midnight = today().atStartOfDay(clock().getZone()).toInstant();
        Instant ago = now.minusSeconds(secondsAgo);
        // just after midnight: halfway back to it, so two calls still give two moments
        return ago.isBefore(midnight) ? now.minus(Duration.between(midnight, now).dividedBy(2)) : ago;
    }

    /** A cerebrolysin course of 10 days that started two days ago (today is course day 3). */
    public static long activeCourse(Route route, String dailyVolume) {
        return course(route, dailyVolume, today().minusDays(2), 10, ScheduleType.DAILY, "Ada", "Fixture");
    }

    public static long course(Route route, String dailyVolume, LocalDate start, int lengthDays, ScheduleType schedule,
                              String givenName, String familyName) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Patient p = patient(givenName, familyName);
            return newCourse(p, route, dailyVolume, start, lengthDays, schedule, "Acute ischaemic stroke").id;
        });
    }

    public static Patient patient(String givenName, String familyName) {
        Patient p = new Patient();
        p.mrn = "FX-" + UUID.randomUUID().toString().substring(0, 13);
        p.givenName = givenName;
        p.familyName = familyName;
        p.birthDate = LocalDate.of(1955, 5, 5);
        p.sex = Sex.FEMALE;
        p.createdAt = Instant.now();
        p.createdBy = "test";
        p.persist();
        return p;
    }

    public static TreatmentCourse newCourse(Patient p, Route route, String dailyVolume, LocalDate start, int lengthDays,
                                            ScheduleType schedule, String indication) {
        TreatmentCourse c = new TreatmentCourse();
        c.patient = p;
        c.drugCode = "cerebrolysin";
        c.indication = indication;
        c.route = route;
        c.dailyVolumeMl = new BigDecimal(dailyVolume);
        c.startDate = start;
        c.lengthDays = lengthDays;
        c.schedule = schedule;
        c.prescribedBy = "physician";
        c.createdAt = Instant.now();
        c.persist();
        return c;
    }

    /** Prescribed the day before it started, so its missed days are judged at once (no back-fill grace period). */
    public static void enteredBeforeItStarted(long courseId) {
        QuarkusTransaction.requiringNew().run(() -> {
            TreatmentCourse c = TreatmentCourse.findById(courseId);
            c.createdAt = c.startDate.minusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        });
    }

    public static void stop(long courseId) {
        QuarkusTransaction.requiringNew().run(() -> {
            TreatmentCourse c = TreatmentCourse.findById(courseId);
            c.stoppedAt = Instant.now();
            c.stoppedBy = "physician";
            c.stopReason = "test";
        });
    }

    /**
     * A flag on the course. A contraindication gets a real cause (epilepsy on the patient's record),
     * since the safety engine re-judges the course before a dose and resolves flags without one.
     */
    public static long flag(long courseId, FlagCode code, FlagStatus status) {
        if (code == FlagCode.CONTRAINDICATION) {
            return contraindication(courseId, status);
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            Flag f = new Flag();
            f.course = TreatmentCourse.findById(courseId);
            f.code = code;
            f.severity = code.severity;
            f.status = status;
            f.causeKey = code + ":" + UUID.randomUUID();
            f.message = code + " raised by a test";
            f.raisedAt = Instant.now();
            f.persist();
            return f.id;
        });
    }

    public static long administrations(long courseId) {
        return QuarkusTransaction.requiringNew().call(() -> Administration.count("course.id", courseId));
    }

    public static long adverseEvents(long courseId) {
        return QuarkusTransaction.requiringNew().call(() -> AdverseEvent.count("course.id", courseId));
    }

    private static long contraindication(long courseId, FlagStatus status) {
        return QuarkusTransaction.requiringNew().call(() -> {
            TreatmentCourse course = TreatmentCourse.findById(courseId);
            org.clinic.courses.patient.Condition epilepsy = new org.clinic.courses.patient.Condition();
            epilepsy.patient = course.patient;
            epilepsy.name = "Epilepsy";
            epilepsy.code = "G40.909";
            epilepsy.recordedAt = Instant.now();
            epilepsy.persist();
            course.patient.conditions.add(epilepsy);
            io.quarkus.arc.Arc.container().instance(org.clinic.courses.safety.SafetyService.class).get().evaluate(course);
            Flag f = Flag.<Flag>find("course = ?1 and code = ?2", course, FlagCode.CONTRAINDICATION).firstResult();
            f.status = status;
            return f.id;
        });
    }
}
