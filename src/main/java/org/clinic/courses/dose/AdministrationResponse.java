package org.clinic.courses.dose;

import org.clinic.courses.course.Route;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.clinic.courses.safety.Flag;
import org.clinic.courses.safety.FlagView;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An administration as the API shows it: in course responses (no flags) and as the answer to
 * recording one (with the flags that entry raised).
 */
public record AdministrationResponse(long id, int courseDay, Instant administeredAt, Route route, BigDecimal volumeMl,
                                     AdministrationStatus status, String site, String lotNumber, String diluent,
                                     BigDecimal diluentVolumeMl, Integer infusionMinutes, String recordedBy,
                                     String notes, boolean voided, String voidReason, String voidedBy,
                                     Instant voidedAt, Long replacesId, String gtin, java.time.LocalDate expiryDate,
                                     String serialNumber, @JsonInclude(JsonInclude.Include.NON_NULL) List<FlagView> flags) {

    public static AdministrationResponse of(Administration a, List<Flag> flags) {
        return new AdministrationResponse(a.id, a.courseDay, a.administeredAt, a.route, plain(a.volumeMl), a.status, a.site,
                a.lotNumber, a.diluent, plain(a.diluentVolumeMl), a.infusionMinutes, a.recordedBy, a.notes, a.voided,
                a.voidReason, a.voidedBy, a.voidedAt, a.replacesId, a.gtin, a.expiryDate, a.serialNumber, flags == null ? null : flags.stream().map(FlagView::of).toList());
    }

    /** 30.00 as stored reads 30, the way it was entered. */
    public static BigDecimal plain(BigDecimal v) {
        if (v == null) return null;
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
