package org.clinic.courses.course;

import org.clinic.courses.dose.Administration;
import org.clinic.courses.dose.AdministrationStatus;

import java.math.BigDecimal;
import java.time.Instant;

/** One administration as the API shows it (course responses and the dose API). */
public record AdministrationView(long id, int courseDay, Instant administeredAt, Route route, BigDecimal volumeMl,
                                 AdministrationStatus status, String site, String lotNumber, String diluent,
                                 BigDecimal diluentVolumeMl, Integer infusionMinutes, String recordedBy,
                                 String notes, boolean voided, String voidReason, String voidedBy,
                                 Instant voidedAt) {
    public static AdministrationView of(Administration a) {
        return new AdministrationView(a.id, a.courseDay, a.administeredAt, a.route, a.volumeMl, a.status, a.site,
                a.lotNumber, a.diluent, a.diluentVolumeMl, a.infusionMinutes, a.recordedBy, a.notes, a.voided,
                a.voidReason, a.voidedBy, a.voidedAt);
    }
}
