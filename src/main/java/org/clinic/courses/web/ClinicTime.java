package org.clinic.courses.web;

import io.quarkus.arc.Arc;
import io.quarkus.qute.TemplateExtension;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The one way dates and times are written for people, on pages, PDFs, CSV headers and messages:
 * a time is the local date and time in the clinic's zone with the zone named ("2026-12-01 14:05 CET"),
 * a date alone has no zone ("2026-12-01"). In templates: {clinic:full(t)}, {clinic:clock(t)} ("14:05 CET"),
 * {clinic:day(t)} (the clinic's calendar day of an instant), {clinic:date(d)} and {clinic:zone}.
 */
@TemplateExtension(namespace = "clinic")
public final class ClinicTime {
    private static final DateTimeFormatter FULL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.ENGLISH);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm z", Locale.ENGLISH);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ENGLISH);

    private ClinicTime() {
    }

    /** E.g. "2026-12-01 10:15 CET"; empty for no time. */
    public static String format(Instant at, ZoneId zone) {
        return at == null ? "" : FULL.format(at.atZone(zone));
    }

    /** E.g. "10:15 CET": for a time on a page that is about one day. */
    public static String formatClock(Instant at, ZoneId zone) {
        return at == null ? "" : CLOCK.format(at.atZone(zone));
    }

    /** E.g. "2026-12-01"; empty for no date. */
    public static String formatDate(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** The zone as a column header or a footer names it: "CET" (Europe/Vienna), at the given moment. */
    public static String zoneName(ZoneId zone, Instant at) {
        return DateTimeFormatter.ofPattern("z", Locale.ENGLISH).format(at.atZone(zone)) + " (" + zone.getId() + ")";
    }

    static ZoneId clinicZone() {
        return Arc.container().instance(Clock.class).get().getZone();
    }

    static String full(Instant at) {
        return format(at, clinicZone());
    }

    static String clock(Instant at) {
        return formatClock(at, clinicZone());
    }

    static String day(Instant at) {
        return at == null ? "" : formatDate(at.atZone(clinicZone()).toLocalDate());
    }

    static String date(LocalDate date) {
        return formatDate(date);
    }

    static String zone() {
        return clinicZone().getId();
    }
}
