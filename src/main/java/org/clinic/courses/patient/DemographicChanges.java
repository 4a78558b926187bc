package org.clinic.courses.patient;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The demographic fields that differ between two states of a patient, in the form's order. */
public final class DemographicChanges {
    /** One changed field: its API name and the value before and after, as the form writes them ("" for none). */
    public record Change(String field, String oldValue, String newValue) {
    }

    private DemographicChanges() {
    }

    public static List<Change> between(PatientInput before, PatientInput after) {
        List<Change> changes = new ArrayList<>();
        add(changes, "mrn", before.mrn(), after.mrn());
        add(changes, "givenName", before.givenName(), after.givenName());
        add(changes, "familyName", before.familyName(), after.familyName());
        add(changes, "birthDate", before.birthDate(), after.birthDate());
        add(changes, "sex", before.sex(), after.sex());
        add(changes, "weightKg", decimal(before.weightKg()), decimal(after.weightKg()));
        add(changes, "egfr", decimal(before.egfr()), decimal(after.egfr()));
        add(changes, "egfrMeasuredOn", before.egfrMeasuredOn(), after.egfrMeasuredOn());
        add(changes, "apoeE4Carrier", before.apoeE4Carrier(), after.apoeE4Carrier());
        return changes;
    }

    private static void add(List<Change> changes, String field, String before, String after) {
        String old = before == null ? "" : before;
        String now = after == null ? "" : after;
        if (!Objects.equals(old, now)) {
            changes.add(new Change(field, old, now));
        }
    }

    /** 58.50 and 58.5 are the same weight. */
    private static String decimal(String value) {
        if (value == null || value.isBlank()) {
            return "";
        }
        try {
            return new java.math.BigDecimal(value).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return value;
        }
    }
}
