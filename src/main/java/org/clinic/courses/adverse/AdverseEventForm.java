package org.clinic.courses.adverse;

import org.clinic.courses.dose.FormInput;
import org.clinic.courses.web.FieldError;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The side-effect form as submitted (text). */
public record AdverseEventForm(String observedOn, String term, String grade, List<String> seriousCriteria, String action,
                               String outcome, String causality, String notes, String submissionToken, String returnTo) {

    public static AdverseEventForm blank(LocalDate today, String returnTo) {
        return new AdverseEventForm(today.toString(), "", "", List.of(), ActionTaken.NONE.name(), Outcome.NOT_RECOVERED.name(),
                "", "", UUID.randomUUID().toString(), returnTo);
    }

    /** The form prefilled with a stored event, to correct it; a new token, so the correction is a submission of its own. */
    public static AdverseEventForm of(AdverseEvent e, String returnTo) {
        return new AdverseEventForm(e.observedOn.toString(), e.term, String.valueOf(e.grade),
                e.seriousCriteria().stream().map(Enum::name).toList(), e.action == null ? "" : e.action.name(),
                e.outcome == null ? "" : e.outcome.name(), e.causality == null ? "" : e.causality.name(),
                e.notes == null ? "" : e.notes, UUID.randomUUID().toString(), returnTo);
    }

    public boolean criterion(SeriousCriterion c) {
        return seriousCriteria != null && seriousCriteria.contains(c.name());
    }

    public AdverseEventRequest toRequest(List<FieldError> errors) {
        List<String> picked = seriousCriteria == null ? List.of() : seriousCriteria;
        List<SeriousCriterion> criteria = picked.stream()
                .map(c -> FormInput.choice("seriousCriteria", c, SeriousCriterion.class, errors)).toList();
        BigDecimal g = FormInput.decimal("grade", grade, errors);
        return new AdverseEventRequest(FormInput.date("observedOn", observedOn, errors), term, g, null,
                criteria.stream().filter(java.util.Objects::nonNull).toList(),
                FormInput.choice("action", action, ActionTaken.class, errors),
                FormInput.choice("outcome", outcome, Outcome.class, errors),
                FormInput.choice("causality", causality, Causality.class, errors), notes);
    }
}
