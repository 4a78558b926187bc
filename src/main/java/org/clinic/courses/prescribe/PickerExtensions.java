package org.clinic.courses.prescribe;

import io.quarkus.arc.Arc;
import io.quarkus.qute.TemplateExtension;
import org.clinic.courses.patient.Patient;

import java.time.Clock;
import java.time.LocalDate;

/** {patient.ageToday}: the patient's age on the clinic's today, for the picker. */
@TemplateExtension
public class PickerExtensions {
    private PickerExtensions() {
    }

    static int ageToday(Patient p) {
        return p.ageOn(LocalDate.now(Arc.container().instance(Clock.class).get()));
    }
}
