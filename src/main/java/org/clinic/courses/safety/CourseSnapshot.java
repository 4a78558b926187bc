package org.clinic.courses.safety;

import org.clinic.courses.adverse.AdverseEvent;
import org.clinic.courses.catalog.DrugDefinition;
import org.clinic.courses.course.Schedule;
import org.clinic.courses.course.TreatmentCourse;
import org.clinic.courses.dose.Administration;
import org.clinic.courses.patient.Patient;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Everything the flag rules judge, loaded by the service: the course, its drug definition, the
 * patient's record, all administrations and adverse events (voided ones too; the rules skip
 * them), the symptom onset if known, and the clinic's today and zone. A day has ended when it
 * is before {@code today}.
 */
public record CourseSnapshot(
        TreatmentCourse course,
        DrugDefinition drug,
        PatientRecord patient,
        List<Administration> administrations,
        List<AdverseEvent> adverseEvents,
        Instant onsetAt,
        LocalDate today,
        ZoneId clinicZone,
        List<OtherCourse> otherCourses) {

    /**
     * Another course of the same drug for the same patient (any status), with its administrations
     * (voided ones too): the overlap rule and the patient's daily total of the drug need them.
     */
    public record OtherCourse(TreatmentCourse course, List<Administration> administrations) {
        public OtherCourse {
            Objects.requireNonNull(course, "course");
            administrations = administrations == null ? List.of() : List.copyOf(administrations);
        }

        /** Non-voided administrations that went in. */
        public List<Administration> given() {
            return administrations.stream().filter(Administration::given).toList();
        }
    }

    private static final Comparator<Administration> BY_TIME = Comparator
            .comparing((Administration a) -> a.administeredAt)
            .thenComparing(a -> a.id, Comparator.nullsLast(Comparator.naturalOrder()));
    private static final Comparator<AdverseEvent> BY_DAY = Comparator
            .comparing((AdverseEvent e) -> e.observedOn)
            .thenComparing(e -> e.recordedAt, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(e -> e.id, Comparator.nullsLast(Comparator.naturalOrder()));

    public CourseSnapshot {
        Objects.requireNonNull(course, "course");
        Objects.requireNonNull(drug, "drug");
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(clinicZone, "clinicZone");
        administrations = administrations == null ? List.of() : administrations.stream().sorted(BY_TIME).toList();
        adverseEvents = adverseEvents == null ? List.of() : adverseEvents.stream().sorted(BY_DAY).toList();
        otherCourses = otherCourses == null ? List.of() : otherCourses.stream()
                .filter(o -> o.course() != course && (o.course().id == null || !o.course().id.equals(course.id)))
                .toList();
    }

    /** A snapshot of a course with no other course of its drug for the patient. */
    public CourseSnapshot(TreatmentCourse course, DrugDefinition drug, PatientRecord patient,
                          List<Administration> administrations, List<AdverseEvent> adverseEvents,
                          Instant onsetAt, LocalDate today, ZoneId clinicZone) {
        this(course, drug, patient, administrations, adverseEvents, onsetAt, today, clinicZone, List.of());
    }

    /** The usual snapshot: onset from the course, today from the clinic's clock. */
    public static CourseSnapshot of(TreatmentCourse course, DrugDefinition drug, Patient patient,
                                    List<Administration> administrations, List<AdverseEvent> adverseEvents,
                                    LocalDate today, ZoneId clinicZone) {
        return new CourseSnapshot(course, drug, PatientRecord.of(patient), administrations, adverseEvents,
                course.onsetAt, today, clinicZone);
    }

    public Schedule schedule() {
        return Schedule.of(course);
    }

    public LocalDate dayOf(Instant at) {
        return Schedule.dayOf(at, clinicZone);
    }

    public int courseDay(LocalDate date) {
        return schedule().courseDay(date);
    }

    /** Non-voided administrations that went in, by time. */
    public List<Administration> given() {
        return administrations.stream().filter(Administration::given).toList();
    }

    /** Non-voided administrations of any status (GIVEN, HELD, REFUSED), by time. */
    public List<Administration> recorded() {
        return administrations.stream().filter(a -> !a.voided).toList();
    }

    /** Non-voided adverse events, by observation date then entry. */
    public List<AdverseEvent> events() {
        return adverseEvents.stream().filter(e -> !e.voided).toList();
    }

    public boolean hasEnded(LocalDate date) {
        return date.isBefore(today);
    }
}
