package org.clinic.courses.web;

import io.quarkus.qute.TemplateGlobal;
import org.eclipse.microprofile.config.ConfigProvider;


/** Values every page shows (the clinic's name and the date, for printed pages). */
@TemplateGlobal
public class Globals {
    static String clinicName() {
        return ConfigProvider.getConfig().getValue("tracker.clinic-name", String.class);
    }

    static String printedOn() {
        return ClinicTime.format(java.time.Instant.now(), ClinicTime.clinicZone());
    }
}
