package org.clinic.courses.safety;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.clinic.courses.catalog.DrugCatalog;
import org.clinic.courses.catalog.DrugDefinition;
import org.clinic.courses.course.CourseInput;
import org.clinic.courses.course.Route;
import org.clinic.courses.course.ScheduleType;
import org.clinic.courses.course.TreatmentCourse;
import org.clinic.courses.patient.Patient;
import org.clinic.courses.safety.rules.AgeRule;
import org.clinic.courses.safety.rules.FlagRule;
import org.clinic.courses.safety.rules.IndicationRule;
import org.clinic.courses.safety.rules.LateStartRule;
import org.clinic.courses.safety.rules.OverlappingCourseRule;
import org.clinic.courses.safety.rules.PrescriptionLimitRule;
import org.clinic.courses.safety.rules.ScreeningRule;
import org.clinic.courses.web.InputCheck;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * What screening would find for a prescription that is not saved yet (the prescribing form's
 * "check" step): contraindications, interactions, age, indication, late start and the drug's limits,
 * judged by the same rules as a saved course. Reads the form leniently: a field that does not parse
 * yet is left out, and nothing is found without a known patient and drug.
 */
@ApplicationScoped
@io.quarkus.arc.Unremovable // looked up by the {#screeningFindings} tag's template extension
public class PrescriptionCheck {
    static final List<FlagRule> BEFORE_SAVING = List.of(new ScreeningRule(), new AgeRule(), new IndicationRule(),
            new LateStartRule(), new PrescriptionLimitRule(), new OverlappingCourseRule());
    static final List<FlagRule> WITHOUT_INDICATION = BEFORE_SAVING.stream().filter(r -> !(r instanceof IndicationRule)).toList();

    @Inject
    DrugCatalog catalog;
    @Inject
    Clock clock;

    public List<FlagFinding> findings(CourseInput form) {
        InputCheck lenient = new InputCheck();
        Long patientId = lenient.id("patientId", form.patientId(), false);
        Patient patient = patientId == null ? null : Patient.findById(patientId);
        DrugDefinition drug = catalog.find(form.drug()).orElse(null);
        if (patient == null || drug == null) return List.of();
        LocalDate today = LocalDate.now(clock);
        TreatmentCourse c = new TreatmentCourse();
        c.patient = patient;
        c.drugCode = drug.code();
        c.indication = form.indication();
        c.route = lenient.oneOf("route", form.route(), Route.class, false);
        c.dailyVolumeMl = lenient.decimal("dailyVolumeMl", form.dailyVolumeMl(), java.math.BigDecimal.ZERO, true,
                new java.math.BigDecimal("1000"), 2, false);
        LocalDate start = lenient.date("startDate", form.startDate(), false);
        c.startDate = start == null ? today : start;
        Integer length = lenient.integer("lengthDays", form.lengthDays(), 1, 365, false);
        c.lengthDays = length == null ? 1 : length;
        ScheduleType schedule = lenient.oneOf("schedule", form.schedule(), ScheduleType.class, false);
        c.schedule = schedule == null ? ScheduleType.DAILY : schedule;
        c.onsetAt = lenient.instant("onsetAt", form.onsetAt(), clock.getZone(), false);
        List<CourseSnapshot.OtherCourse> others = TreatmentCourse.<TreatmentCourse>list(
                        "patient.id = ?1 and drugCode = ?2 order by id", patient.id, drug.code()).stream()
                .map(o -> new CourseSnapshot.OtherCourse(o, List.of())).toList();
        CourseSnapshot snapshot = new CourseSnapshot(c, drug, PatientRecord.of(patient), List.of(), List.of(),
                c.onsetAt, today, clock.getZone(), others);
        // Nothing typed as the indication yet: no "Indication \"\" matches none" before the physician has written one.
        boolean noIndication = form.indication() == null || form.indication().isBlank();
        return FlagRules.evaluate(snapshot, noIndication ? WITHOUT_INDICATION : BEFORE_SAVING);
    }
}
