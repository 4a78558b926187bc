package org.clinic.courses.patient;

import io.quarkus.arc.Arc;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.i18n.MessageBundles;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.ResourceBundle;

/** Helpers for patient facts on pages. */
@TemplateExtension
public class PatientTemplateExtensions {
    private static final ResourceBundle LABELS = ResourceBundle.getBundle("messages.labels", Locale.getDefault());

    private PatientTemplateExtensions() {
    }

    /** Days since the eGFR was measured, in the clinic's calendar; null when the date is not recorded. */
    static Long egfrAgeDays(Patient p) {
        if (p.egfrMeasuredOn == null) return null;
        LocalDate today = LocalDate.now(Arc.container().instance(Clock.class).get());
        return ChronoUnit.DAYS.between(p.egfrMeasuredOn, today);
    }

    /** The changed field as the form labels it. */
    static String label(DemographicChanges.Change c) {
        PatientMessages m = MessageBundles.get(PatientMessages.class);
        return switch (c.field()) {
            case "mrn" -> m.fieldMrn();
            case "givenName" -> m.fieldGivenName();
            case "familyName" -> m.fieldFamilyName();
            case "birthDate" -> m.fieldBirthDate();
            case "sex" -> m.fieldSex();
            case "weightKg" -> m.fieldWeight();
            case "egfr" -> m.fieldEgfr();
            case "egfrMeasuredOn" -> m.fieldEgfrMeasuredOn();
            case "apoeE4Carrier" -> m.fieldApoe();
            default -> c.field();
        };
    }

    static String shownOld(DemographicChanges.Change c) {
        return words(c.field(), c.oldValue());
    }

    static String shownNew(DemographicChanges.Change c) {
        return words(c.field(), c.newValue());
    }

    /** Coded values in words: "Female", not FEMALE. */
    private static String words(String field, String value) {
        PatientMessages m = MessageBundles.get(PatientMessages.class);
        if (value == null || value.isEmpty()) {
            return m.noValue();
        }
        if (field.equals("sex") && LABELS.containsKey("Sex." + value)) {
            return LABELS.getString("Sex." + value);
        }
        if (field.equals("apoeE4Carrier")) {
            return Boolean.parseBoolean(value) ? m.apoeCarrier() : m.apoeNotCarrier();
        }
        return value;
    }
}
