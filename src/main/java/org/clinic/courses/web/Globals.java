package org.clinic.courses.web;

import io.quarkus.qute.TemplateGlobal;
import org.eclipse.microprofile.config.ConfigProvider;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** Values every page shows (the clinic's name and the date, for printed pages). */
@TemplateGlobal
public class Globals {
    private static final DateTimeFormatter PRINTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    static String clinicName() {
        return ConfigProvider.getConfig().getValue("tracker.clinic-name", String.class);
    }

    static String printedOn() {
        return ZonedDateTime.now().format(PRINTED);
    }
}
