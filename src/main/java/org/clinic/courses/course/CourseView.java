package org.clinic.courses.course;

import org.clinic.courses.adverse.AdverseEventResponse;
import org.clinic.courses.dose.AdministrationResponse;

import org.clinic.courses.safety.FlagView;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A course as the API shows it, with its administrations, adverse events and flags. */
public record CourseView(long id, long patientId, String drug, String indication, String protocolName, Route route,
                         BigDecimal dailyVolumeMl, LocalDate startDate, LocalDate endDate, int lengthDays,
                         ScheduleType schedule, Instant onsetAt, CourseStatus status, String prescribedBy,
                         Instant stoppedAt, String stoppedBy, String stopReason, Instant signedOffAt,
                         String signedOffBy, String signedOffName, String signOffMeaning,
                         List<AdministrationResponse> administrations,
                         List<AdverseEventResponse> adverseEvents, List<FlagView> flags) {

    public static CourseView of(CourseRecord r) {
        TreatmentCourse c = r.course();
        return new CourseView(c.id, c.patient.id, c.drugCode, c.indication, c.protocolName, c.route, c.dailyVolumeMl,
                c.startDate, c.endDate(), c.lengthDays, c.schedule, c.onsetAt, c.statusOn(r.today()), c.prescribedBy,
                c.stoppedAt, c.stoppedBy, c.stopReason, c.signedOffAt, c.signedOffBy,
                c.signedOffName, c.signOffMeaning,
                r.administrations().stream().map(a -> AdministrationResponse.of(a, null)).toList(),
                r.adverseEvents().stream().map(e -> AdverseEventResponse.of(e, null)).toList(),
                r.flags().stream().map(FlagView::of).toList());
    }
}
