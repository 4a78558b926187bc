package org.clinic.courses.patient;

import io.quarkus.arc.Arc;
import io.quarkus.qute.TemplateExtension;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Helpers for patient facts on pages. */
@TemplateExtension
public class PatientTemplateExtensions {
    private PatientTemplateExtensions() {
    }

    /** Days since the eGFR was measured, in the clinic's calendar; null when the date is not recorded. */
    static Long egfrAgeDays(Patient p) {
        if (p.egfrMeasuredOn == null) return null;
        LocalDate today = LocalDate.now(Arc.container().instance(Clock.class).get());
        return ChronoUnit.DAYS.between(p.egfrMeasuredOn, today);
    }
}
