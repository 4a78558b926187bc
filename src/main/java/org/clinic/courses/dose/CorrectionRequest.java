package org.clinic.courses.dose;

import org.clinic.courses.course.Route;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** {@code POST /api/administrations/{id}/correction}: the corrected administration's fields, and why the original was wrong. */
public record CorrectionRequest(OffsetDateTime administeredAt, Route route, BigDecimal volumeMl,
                                AdministrationStatus status, String site, String lotNumber, String diluent,
                                BigDecimal diluentVolumeMl, BigDecimal infusionMinutes, String notes,
                                String scan, String gtin, LocalDate expiryDate, String serialNumber, String reason) {

    public AdministrationRequest administration() {
        return new AdministrationRequest(administeredAt, route, volumeMl, status, site, lotNumber, diluent,
                diluentVolumeMl, infusionMinutes, notes, scan, gtin, expiryDate, serialNumber);
    }
}
