package org.clinic.courses.worklist;

import org.clinic.courses.course.Route;
import org.clinic.courses.course.TreatmentCourse;
import org.clinic.courses.dose.Administration;
import org.clinic.courses.dose.AdministrationStatus;
import org.clinic.courses.dose.DoseForm;
import org.clinic.courses.safety.Flag;
import org.clinic.courses.web.FormErrors;

import java.math.BigDecimal;
import java.util.List;

/**
 * One course on today's worklist: what is prescribed, what was recorded today, critical flags, and
 * the prefilled forms (a GIVEN dose; HELD or REFUSED with a reason, under its own one-time token).
 */
public record WorklistRow(TreatmentCourse course, String drugName, int courseDay, List<Administration> today,
                          List<Flag> critical, List<String> sites, List<String> diluents, DoseForm form,
                          String notGivenToken, FormErrors errors, String message) {

    public BigDecimal givenTodayMl() {
        return today.stream().filter(Administration::given).map(a -> a.volumeMl).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Today's dose is settled: the prescribed volume went in, or it was held or refused. */
    public boolean complete() {
        return givenTodayMl().compareTo(course.dailyVolumeMl) >= 0
                || today.stream().anyMatch(a -> a.status != AdministrationStatus.GIVEN);
    }

    public boolean infusion() {
        return course.route == Route.IV_INFUSION;
    }

    public boolean intramuscular() {
        return course.route == Route.IM_INJECTION;
    }

    /** Field errors belong to the form that was sent. */
    public FormErrors givenErrors() {
        return form.given() ? errors : FormErrors.NONE;
    }

    public FormErrors notGivenErrors() {
        return form.given() ? FormErrors.NONE : errors;
    }
}
