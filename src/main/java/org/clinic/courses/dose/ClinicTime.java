package org.clinic.courses.dose;

import io.quarkus.arc.Arc;
import io.quarkus.qute.TemplateExtension;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Times on the bedside pages in one local format, read in the clinic's zone ({time:clock(a.administeredAt)}
 * is "09:07"; {clinic:full(t)} is "2026-12-01 09:07"); the layout names the zone once ({clinic:zone}).
 */
@TemplateExtension(namespace = "clinic")
public class ClinicTime {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter FULL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    static ZoneId clinicZone() {
        return Arc.container().instance(Clock.class).get().getZone();
    }

    public static String clock(Instant at) {
        return at == null ? "" : CLOCK.format(at.atZone(clinicZone()));
    }

    public static String full(Instant at) {
        return at == null ? "" : FULL.format(at.atZone(clinicZone()));
    }

    public static String zone() {
        return clinicZone().getId();
    }
}
