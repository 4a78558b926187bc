package org.clinic.courses.dose;

import org.clinic.courses.course.Route;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One administration as the API and the forms submit it. Numbers are decimals so that 1.5 minutes
 * is refused rather than silently truncated.
 */
public record AdministrationRequest(OffsetDateTime administeredAt, Route route, BigDecimal volumeMl,
                                    AdministrationStatus status, String site, String lotNumber, String diluent,
                                    BigDecimal diluentVolumeMl, BigDecimal infusionMinutes, String notes,
                                    String scan, String gtin, LocalDate expiryDate, String serialNumber) {

    public AdministrationRequest(OffsetDateTime administeredAt, Route route, BigDecimal volumeMl,
                                 AdministrationStatus status, String site, String lotNumber, String diluent,
                                 BigDecimal diluentVolumeMl, BigDecimal infusionMinutes, String notes) {
        this(administeredAt, route, volumeMl, status, site, lotNumber, diluent, diluentVolumeMl, infusionMinutes, notes,
                null, null, null, null);
    }

    /** Blank text becomes absent, other text is trimmed (a scan keeps its characters: the separators matter). */
    public AdministrationRequest normalised() {
        return new AdministrationRequest(administeredAt, route, volumeMl, status, FormInput.text(site),
                FormInput.text(lotNumber), FormInput.text(diluent), diluentVolumeMl, infusionMinutes,
                FormInput.text(notes), scan == null || scan.isBlank() ? null : scan, FormInput.text(gtin), expiryDate,
                FormInput.text(serialNumber));
    }

    /** The same request with what the scanned pack says. */
    public AdministrationRequest withPack(String lot, String packGtin, LocalDate expiry, String serial) {
        return new AdministrationRequest(administeredAt, route, volumeMl, status, site, lot, diluent, diluentVolumeMl,
                infusionMinutes, notes, scan, packGtin, expiry, serial);
    }
}
