package org.clinic.courses.adverse;

import org.clinic.courses.web.InputCheck;
import org.clinic.courses.course.TreatmentCourse;
import org.clinic.courses.web.FieldError;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Which adverse events may be stored. Grade 5 (CTCAE: death related to the event) and a fatal
 * outcome and the DEATH criterion go together: any one of them without the others is refused, so
 * a report never says a patient died and recovered. Any criterion makes the event serious. Pure.
 */
public final class AdverseEventRules {
    static final int TERM_MAX = 200, NOTES_MAX = 1000;

    private AdverseEventRules() {
    }

    /** Without a follow-up window: within the course's dates only. */
    public static List<FieldError> check(TreatmentCourse course, AdverseEventRequest r, LocalDate today) {
        return check(course, r, today, FollowUpWindow.of(course, 0, java.time.ZoneOffset.UTC));
    }

    /** {@code window}: the course's days plus the drug's follow-up days after the last day of treatment. */
    public static List<FieldError> check(TreatmentCourse course, AdverseEventRequest r, LocalDate today,
                                         FollowUpWindow window) {
        List<FieldError> errors = new ArrayList<>();
        if (r.observedOn() == null) {
            errors.add(new FieldError("observedOn", "Required"));
        } else if (r.observedOn().isAfter(today)) {
            errors.add(new FieldError("observedOn", "Cannot be in the future"));
        } else if (!window.contains(r.observedOn())) {
            errors.add(new FieldError("observedOn", "Must fall within the course (" + course.startDate + " to "
                    + course.endDate() + ")" + (window.last().isAfter(window.lastTreatmentDay())
                    ? " or its follow-up period (to " + window.last() + ")" : "")));
        }
        if (r.term() == null) {
            errors.add(new FieldError("term", "Required"));
        } else if (r.term().length() > TERM_MAX) {
            errors.add(new FieldError("term", "At most " + TERM_MAX + " characters"));
        } else if (InputCheck.hasControlCharacters(r.term())) {
            errors.add(new FieldError("term", "Contains control characters"));
        }
        Integer grade = grade(r.grade());
        if (grade == null) {
            errors.add(new FieldError("grade", "A CTCAE grade from 1 to 5"));
        }
        List<SeriousCriterion> criteria = r.seriousCriteria();
        if (criteria.stream().anyMatch(java.util.Objects::isNull)) {
            errors.add(new FieldError("seriousCriteria", "Unknown criterion"));
        } else if (Boolean.TRUE.equals(r.serious()) && criteria.isEmpty()) {
            errors.add(new FieldError("seriousCriteria", "A serious event: pick at least one criterion"));
        }
        if (r.action() == null) errors.add(new FieldError("action", "Required"));
        if (r.outcome() == null) errors.add(new FieldError("outcome", "Required"));
        boolean fatalGrade = grade != null && grade == 5;
        boolean death = criteria.stream().anyMatch(c -> c == SeriousCriterion.DEATH);
        if (fatalGrade && r.outcome() != null && r.outcome() != Outcome.FATAL) {
            errors.add(new FieldError("outcome", "Grade 5 means the patient died: the outcome is FATAL"));
        } else if (!fatalGrade && grade != null && r.outcome() == Outcome.FATAL) {
            errors.add(new FieldError("grade", "A fatal outcome is CTCAE grade 5"));
        }
        if (fatalGrade && !death) {
            errors.add(new FieldError("seriousCriteria", "Grade 5 is serious: include the criterion DEATH"));
        } else if (!fatalGrade && grade != null && death) {
            errors.add(new FieldError("seriousCriteria", "DEATH applies only to grade 5"));
        }
        if (r.notes() != null && r.notes().length() > NOTES_MAX) {
            errors.add(new FieldError("notes", "At most " + NOTES_MAX + " characters"));
        } else if (InputCheck.hasControlCharacters(r.notes())) {
            errors.add(new FieldError("notes", "Contains control characters"));
        }
        return errors;
    }

    static Integer grade(BigDecimal grade) {
        if (grade == null || grade.stripTrailingZeros().scale() > 0
                || grade.compareTo(BigDecimal.ONE) < 0 || grade.compareTo(BigDecimal.valueOf(5)) > 0) {
            return null;
        }
        return grade.intValueExact();
    }
}
