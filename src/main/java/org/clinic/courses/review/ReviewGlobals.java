package org.clinic.courses.review;

import io.quarkus.arc.Arc;
import io.quarkus.qute.TemplateGlobal;

import java.time.Clock;

/** {clinicZone}: the zone the clinic's dates and times are written in, named on pages that show times. */
@TemplateGlobal
public class ReviewGlobals {
    private ReviewGlobals() {
    }

    static String clinicZone() {
        return Arc.container().instance(Clock.class).get().getZone().getId();
    }
}
