package org.clinic.courses.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The one way an instant is written for people: local date and time in the clinic's zone, the zone named. */
public final class ClinicTime {
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private ClinicTime() {
    }

    /** E.g. "2026-12-01 10:15 (Europe/Vienna)". */
    public static String format(Instant at, ZoneId zone) {
        if (at == null) return "";
        return FORMAT.format(at.atZone(zone)) + " (" + zone.getId() + ")";
    }
}
