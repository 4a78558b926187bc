package org.clinic.courses.safety;

import io.quarkus.arc.Arc;
import io.quarkus.qute.TemplateExtension;
import org.clinic.courses.catalog.DrugDefinition;
import org.clinic.courses.catalog.Terminology;
import org.clinic.courses.course.CourseInput;
import org.clinic.courses.course.TreatmentCourse;

import java.util.List;

/** Helpers for the {#screeningFindings} and {#protocolLimits} tags. */
@TemplateExtension
public class ScreeningTemplateExtensions {
    private ScreeningTemplateExtensions() {
    }

    /** What screening finds for the prescription being filled in, before it is saved. */
    static List<FlagFinding> screeningFindings(CourseInput form) {
        return Arc.container().instance(PrescriptionCheck.class).get().findings(form);
    }

    /** The finding's message without a repeat of its kind: "Contraindication: Epilepsy" under "Contraindication". */
    static String detail(FlagFinding f) {
        String prefix = f.code().label() + ": ";
        return f.message().startsWith(prefix) ? f.message().substring(prefix.length()) : f.message();
    }

    /** The protocol whose limits apply to the course, or null when its indication matches none. */
    static DrugDefinition.Protocol protocolFor(TreatmentCourse course, DrugDefinition drug) {
        if (drug == null) return null;
        return Terminology.protocolOf(drug, course.protocolName, course.indication).orElse(null);
    }
}
