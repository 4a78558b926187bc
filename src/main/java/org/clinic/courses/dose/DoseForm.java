package org.clinic.courses.dose;

import org.clinic.courses.catalog.DrugDefinition;
import org.clinic.courses.catalog.DrugDefinition.RouteLimit;
import org.clinic.courses.course.Route;
import org.clinic.courses.course.TreatmentCourse;
import org.clinic.courses.web.FieldError;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * The administration form as submitted (text), prefilled from the prescription. {@code shownAt} is the
 * time the page showed: when the nurse leaves the time field as it was, the dose is stored at the
 * moment of submission, not when the page was loaded. {@code confirmedVolumeMl} is the volume the
 * nurse confirmed after a {@link VolumeSlip} question; {@code scan} what a keyboard-wedge scanner typed
 * from the pack's GS1 DataMatrix.
 */
public record DoseForm(String administeredAt, String route, String volumeMl, String status, String site,
                       String lotNumber, String diluent, String diluentVolumeMl, String infusionMinutes, String notes,
                       String submissionToken, String returnTo, String shownAt, String confirmedVolumeMl,
                       String scan) {

    public DoseForm(String administeredAt, String route, String volumeMl, String status, String site,
                    String lotNumber, String diluent, String diluentVolumeMl, String infusionMinutes, String notes,
                    String submissionToken, String returnTo) {
        this(administeredAt, route, volumeMl, status, site, lotNumber, diluent, diluentVolumeMl, infusionMinutes, notes,
                submissionToken, returnTo, null, null, null);
    }

    /** A GIVEN dose as prescribed, now, with a fresh one-time token. */
    public static DoseForm prefill(TreatmentCourse course, DrugDefinition drug, Instant now, ZoneId zone, String returnTo) {
        return prefill(course, drug, now, zone, returnTo, "");
    }

    /** As {@link #prefill}, with the IM site the rotation suggests. */
    public static DoseForm prefill(TreatmentCourse course, DrugDefinition drug, Instant now, ZoneId zone, String returnTo,
                                   String site) {
        RouteLimit limit = drug.route(course.route).orElse(null);
        boolean infusion = course.route == Route.IV_INFUSION && limit != null;
        String diluent = infusion && !limit.diluents().isEmpty() ? limit.diluents().get(0) : "";
        String diluentVolume = infusion && limit.minTotalVolumeMl() != null ? plain(limit.minTotalVolumeMl()) : "";
        String minutes = infusion ? String.valueOf(defaultMinutes(limit)) : "";
        String at = LocalDateTime.ofInstant(now, zone).truncatedTo(ChronoUnit.MINUTES).toString();
        return new DoseForm(at, course.route.name(), plain(course.dailyVolumeMl), AdministrationStatus.GIVEN.name(),
                course.route == Route.IM_INJECTION ? site : "", "", diluent, diluentVolume, minutes, "",
                UUID.randomUUID().toString(), returnTo, at, null, "");
    }

    /** The correction form: the record as stored, its time as the clinic's clock read it, a fresh one-time token. */
    public static DoseForm of(Administration a, ZoneId zone, String returnTo) {
        String at = LocalDateTime.ofInstant(a.administeredAt, zone).truncatedTo(ChronoUnit.MINUTES).toString();
        return new DoseForm(at, a.route.name(), plain(a.volumeMl), a.status.name(), orEmpty(a.site),
                orEmpty(a.lotNumber), orEmpty(a.diluent), plain(a.diluentVolumeMl),
                a.infusionMinutes == null ? "" : a.infusionMinutes.toString(), orEmpty(a.notes),
                UUID.randomUUID().toString(), returnTo, at, null, "");
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    /** Half an hour when the drug allows it: comfortably above the shortest permitted run. */
    static int defaultMinutes(RouteLimit limit) {
        int min = limit.minInfusionMinutes() == null ? 1 : limit.minInfusionMinutes();
        int max = limit.maxInfusionMinutes() == null ? 1440 : limit.maxInfusionMinutes();
        return Math.max(min, Math.min(max, 30));
    }

    static String plain(BigDecimal v) {
        return v == null ? "" : AdministrationResponse.plain(v).toPlainString();
    }

    /** The nurse left the time as the page showed it: the dose was given now, at the tap. */
    public boolean timeUnchanged() {
        String shown = FormInput.text(shownAt), at = FormInput.text(administeredAt);
        // The field shows "2026-12-01 16:10" and shownAt keeps "2026-12-01T16:10": the same minute.
        return shown != null && at != null && FormInput.isoLocal(shown).equals(FormInput.isoLocal(at));
    }

    /** The time field as the clinic's 24-hour clock reads it ("2026-12-01 14:05"), whatever the browser shows. */
    public String clockTime() {
        String at = FormInput.text(administeredAt);
        return at == null ? "" : at.replace('T', ' ');
    }

    public boolean given() {
        return AdministrationStatus.GIVEN.name().equals(status);
    }

    /**
     * The form shows the prescribed volume and infusion fields prefilled; a nurse who switches to
     * HELD or REFUSED should not have to clear them, so they are dropped (volume 0) here.
     */
    public AdministrationRequest toRequest(ZoneId zone, Instant now, List<FieldError> errors) {
        AdministrationStatus s = FormInput.choice("status", status, AdministrationStatus.class, errors);
        boolean notGiven = s != null && s != AdministrationStatus.GIVEN;
        return new AdministrationRequest(
                timeUnchanged() ? now.atZone(zone).toOffsetDateTime()
                        : FormInput.localDateTime("administeredAt", administeredAt, zone, errors),
                FormInput.choice("route", route, Route.class, errors),
                notGiven ? BigDecimal.ZERO : FormInput.decimal("volumeMl", volumeMl, errors),
                s,
                notGiven ? null : site, notGiven ? null : lotNumber, notGiven ? null : diluent,
                notGiven ? null : FormInput.decimal("diluentVolumeMl", diluentVolumeMl, errors),
                notGiven ? null : FormInput.decimal("infusionMinutes", infusionMinutes, errors),
                notes, notGiven ? null : scan, null, null, null);
    }
}
