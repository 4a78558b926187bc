package org.clinic.courses.demo;

import org.clinic.courses.adverse.ActionTaken;
import org.clinic.courses.adverse.AdverseEvent;
import org.clinic.courses.adverse.Causality;
import org.clinic.courses.adverse.Outcome;
import org.clinic.courses.course.Route;
import org.clinic.courses.course.ScheduleType;
import org.clinic.courses.course.TreatmentCourse;
import org.clinic.courses.dose.Administration;
import org.clinic.courses.dose.AdministrationStatus;
import org.clinic.courses.patient.Patient;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.time.temporal.ChronoUnit;

/**
 * Demo courses with a few doses and a side effect, written as plain rows so the demo clinic looks
 * alive on first start (real entries go through the dose and adverse-event services).
 */
final class DemoCourses {
    private final Clock clock;

    DemoCourses(Clock clock) {
        this.clock = clock;
    }

    List<TreatmentCourse> seed(Patient ada, Patient ben) {
        LocalDate today = LocalDate.now(clock);
        TreatmentCourse stroke = course(ada, "Acute ischaemic stroke", "Acute ischaemic stroke", today.minusDays(3), 21);
        stroke.onsetAt = today.minusDays(4).atTime(7, 15).atZone(clock.getZone()).toInstant();
        for (int day = 1; day <= 3; day++) {
            dose(stroke, day, "30", "L2317" + day);
        }
        event(stroke, 2, "Headache", 1);
        event(stroke, 3, "Headache", 1);

        TreatmentCourse neuropathy = course(ben, "Diabetic polyneuropathy", "Diabetic neuropathy", today.minusDays(1), 10);
        neuropathy.dailyVolumeMl = new BigDecimal("20");
        dose(neuropathy, 1, "20", "L4410");
        return List.of(stroke, neuropathy);
    }

    private TreatmentCourse course(Patient p, String indication, String protocol, LocalDate start, int days) {
        TreatmentCourse c = new TreatmentCourse();
        c.patient = p;
        c.drugCode = "cerebrolysin";
        c.indication = indication;
        c.protocolName = protocol;
        c.route = Route.IV_INFUSION;
        c.dailyVolumeMl = new BigDecimal("30");
        c.startDate = start;
        c.lengthDays = days;
        c.schedule = ScheduleType.DAILY;
        c.prescribedBy = "physician";
        c.createdAt = Instant.now(clock);
        c.persist();
        return c;
    }

    private void dose(TreatmentCourse c, int day, String ml, String lot) {
        Administration a = new Administration();
        a.course = c;
        a.courseDay = day;
        a.administeredAt = c.dateOfCourseDay(day).atTime(9, 30).atZone(clock.getZone()).toInstant();
        a.route = Route.IV_INFUSION;
        a.volumeMl = new BigDecimal(ml);
        a.status = AdministrationStatus.GIVEN;
        a.lotNumber = lot;
        a.diluent = "NaCl 0.9%";
        a.diluentVolumeMl = new BigDecimal("100");
        a.infusionMinutes = 30;
        a.recordedBy = "nurse";
        a.recordedAt = a.administeredAt.plus(5, ChronoUnit.MINUTES);
        a.persist();
    }

    private void event(TreatmentCourse c, int day, String term, int grade) {
        AdverseEvent e = new AdverseEvent();
        e.course = c;
        e.courseDay = day;
        e.observedOn = c.dateOfCourseDay(day);
        e.term = term;
        e.grade = grade;
        e.action = ActionTaken.NONE;
        e.outcome = Outcome.NOT_RECOVERED;
        e.causality = Causality.POSSIBLE;
        e.recordedBy = "nurse";
        e.recordedAt = Instant.now(clock);
        e.persist();
    }
}
