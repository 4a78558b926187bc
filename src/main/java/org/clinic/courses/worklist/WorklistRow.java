package org.clinic.courses.worklist;

import org.clinic.courses.course.Route;
import org.clinic.courses.course.TreatmentCourse;
import org.clinic.courses.dose.Administration;
import org.clinic.courses.dose.AdministrationStatus;
import org.clinic.courses.dose.DoseForm;
import org.clinic.courses.safety.Flag;
import org.clinic.courses.safety.FlagCode;
import org.clinic.courses.web.FormErrors;

import java.math.BigDecimal;
import java.util.List;

/**
 * One course on today's worklist: what is prescribed, what was recorded today, critical flags, and
 * the prefilled forms (a GIVEN dose; HELD or REFUSED with a reason, under its own one-time token).
 * {@code bed} is the patient's current bed, or empty. {@code packRead}: the row shows what a pack's scan
 * filled in, not yet saved.
 */
public record WorklistRow(TreatmentCourse course, String drugName, int courseDay, List<Administration> today,
                          List<Flag> critical, List<String> sites, List<String> diluents, DoseForm form,
                          String notGivenToken, FormErrors errors, String message, String bed, boolean packRead) {

    public BigDecimal givenTodayMl() {
        return today.stream().filter(Administration::given).map(a -> a.volumeMl).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * Today's dose is done: the prescribed volume went in. A held or refused dose is not done: the
     * nurse may still give it later the same day.
     */
    public boolean complete() {
        return givenTodayMl().compareTo(course.dailyVolumeMl) >= 0;
    }

    /** Held or refused today, and not given since. */
    public boolean held() {
        return !complete() && today.stream().anyMatch(a -> a.status != AdministrationStatus.GIVEN);
    }

    public boolean flagged() {
        return !critical.isEmpty();
    }

    /** An unresolved contraindication or stop-course review: the server refuses GIVEN doses until a physician overrides it. */
    public boolean blocked() {
        return critical.stream().anyMatch(f -> f.code.blocksDoses() && f.active());
    }

    /** The contraindication that blocks the dose, or null. */
    public Flag blocking() {
        return critical.stream().filter(f -> f.code.blocksDoses() && f.active()).findFirst().orElse(null);
    }

    /** Flag chips on the row's line; a blocking contraindication already reads "Do not give". */
    public List<Flag> chipFlags() {
        Flag b = complete() ? null : blocking();
        return critical.stream().filter(f -> f != b).toList();
    }

    /** due, held, done: the filter this row answers to. */
    public String state() {
        return complete() ? "done" : held() ? "held" : "due";
    }

    /** The row opens by itself when there is something to read in it: errors or a question. */
    public boolean open() {
        return errors.any() || packRead;
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
