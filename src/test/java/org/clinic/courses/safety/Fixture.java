package org.clinic.courses.safety;

import org.clinic.courses.adverse.AdverseEvent;
import org.clinic.courses.adverse.SeriousCriterion;
import org.clinic.courses.catalog.Catalogs;
import org.clinic.courses.catalog.DrugDefinition;
import org.clinic.courses.course.Route;
import org.clinic.courses.course.ScheduleType;
import org.clinic.courses.course.TreatmentCourse;
import org.clinic.courses.dose.Administration;
import org.clinic.courses.dose.AdministrationStatus;
import org.clinic.courses.patient.Allergy;
import org.clinic.courses.patient.Condition;
import org.clinic.courses.patient.Medication;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * A mutable course scenario for rule tests: a 21-day daily Cerebrolysin IV-infusion course for
 * acute ischaemic stroke starting Friday 2026-11-20 in Vienna, 30 ml a day, an adult patient.
 */
final class Fixture {
    static final ZoneId ZONE = ZoneId.of("Europe/Vienna");
    static final LocalDate START = LocalDate.of(2026, 11, 20);

    final TreatmentCourse course = new TreatmentCourse();
    DrugDefinition drug = Catalogs.cerebrolysin();
    LocalDate birthDate = LocalDate.of(1950, 3, 2);
    BigDecimal egfr;
    final List<Condition> conditions = new ArrayList<>();
    final List<Medication> medications = new ArrayList<>();
    final List<Allergy> allergies = new ArrayList<>();
    final List<Administration> administrations = new ArrayList<>();
    final List<AdverseEvent> events = new ArrayList<>();
    LocalDate today = START.plusDays(30);
    /** The patient's other courses of the drug (overlap and daily-total tests). */
    final List<CourseSnapshot.OtherCourse> others = new ArrayList<>();
    private long nextId = 1;

    Fixture() {
        course.id = 7L;
        course.drugCode = "cerebrolysin";
        course.indication = "Acute ischaemic stroke";
        course.route = Route.IV_INFUSION;
        course.dailyVolumeMl = new BigDecimal("30");
        course.startDate = START;
        course.lengthDays = 21;
        course.schedule = ScheduleType.DAILY;
    }

    static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(LocalTime.of(hour, minute)).atZone(ZONE).toInstant();
    }

    static LocalDate day(int courseDay) {
        return START.plusDays(courseDay - 1L);
    }

    /** A correct infusion (30 ml + 100 ml NaCl over 20 min) at 09:30 on a course day. */
    Administration infusion(int courseDay) {
        return give(courseDay, Route.IV_INFUSION, "30", "100", 20);
    }

    Administration give(int courseDay, Route route, String volume, String diluent, Integer minutes) {
        Administration a = new Administration();
        a.id = nextId++;
        a.course = course;
        a.administeredAt = at(day(courseDay), 9, 30);
        a.courseDay = courseDay;
        a.route = route;
        a.volumeMl = new BigDecimal(volume);
        a.diluentVolumeMl = diluent == null ? null : new BigDecimal(diluent);
        a.diluent = diluent == null ? null : "NaCl 0.9%";
        a.infusionMinutes = minutes;
        a.status = AdministrationStatus.GIVEN;
        a.recordedBy = "nurse";
        administrations.add(a);
        return a;
    }

    Administration held(int courseDay) {
        Administration a = give(courseDay, course.route, "0", null, null);
        a.status = AdministrationStatus.HELD;
        a.notes = "patient asleep";
        return a;
    }

    /** Infusions on every day from..to. */
    void infusions(int from, int to) {
        for (int d = from; d <= to; d++) infusion(d);
    }

    AdverseEvent event(int courseDay, String term, int grade) {
        AdverseEvent e = new AdverseEvent();
        e.id = nextId++;
        e.course = course;
        e.observedOn = day(courseDay);
        e.courseDay = courseDay;
        e.term = term;
        e.grade = grade;
        e.setSeriousCriteria(EnumSet.noneOf(SeriousCriterion.class));
        e.recordedBy = "nurse";
        events.add(e);
        return e;
    }

    Condition condition(String name, String code) {
        Condition c = new Condition();
        c.id = nextId++;
        c.name = name;
        c.code = code;
        conditions.add(c);
        return c;
    }

    Medication medication(String name) {
        Medication m = new Medication();
        m.id = nextId++;
        m.name = name;
        medications.add(m);
        return m;
    }

    Allergy allergy(String substance) {
        Allergy a = new Allergy();
        a.id = nextId++;
        a.substance = substance;
        allergies.add(a);
        return a;
    }

    PatientRecord patient() {
        return new PatientRecord(birthDate, conditions, medications, allergies, egfr);
    }

    CourseSnapshot snapshot() {
        return new CourseSnapshot(course, drug, patient(), administrations, events, course.onsetAt, today, ZONE, others);
    }

    List<FlagFinding> findings() {
        return FlagRules.evaluate(snapshot());
    }

    List<FlagFinding> findings(FlagCode code) {
        return findings().stream().filter(f -> f.code() == code).toList();
    }
}
