package org.clinic.courses.dose;

import org.clinic.courses.course.Route;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * One administration as the API and the forms submit it. Numbers are decimals so that 1.5 minutes
 * is refused rather than silently truncated.
 */
public record AdministrationRequest(OffsetDateTime administeredAt, Route route, BigDecimal volumeMl,
                                    AdministrationStatus status, String site, String lotNumber, String diluent,
                                    BigDecimal diluentVolumeMl, BigDecimal infusionMinutes, String notes) {

    /** Blank text becomes absent, other text is trimmed. */
    public AdministrationRequest normalised() {
        return new AdministrationRequest(administeredAt, route, volumeMl, status, FormInput.text(site),
                FormInput.text(lotNumber), FormInput.text(diluent), diluentVolumeMl, infusionMinutes,
                FormInput.text(notes));
    }
}
