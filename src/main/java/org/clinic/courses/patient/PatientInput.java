package org.clinic.courses.patient;

import org.clinic.courses.web.InputCheck;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * Demographics as a form or the API sends them (text), checked into a patient. {@code egfrMeasuredOn}
 * is the day the eGFR was measured (optional; not in the future, not before birth).
 */
public record PatientInput(String mrn, String givenName, String familyName, String birthDate, String sex,
                           String weightKg, String egfr, String apoeE4Carrier, String egfrMeasuredOn) {
    static final Pattern MRN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]*");

    public static PatientInput empty() {
        return new PatientInput("", "", "", "", "", "", "", "", "");
    }

    public static PatientInput of(Patient p) {
        return new PatientInput(p.mrn, p.givenName, p.familyName, InputCheck.str(p.birthDate), InputCheck.str(p.sex),
                InputCheck.str(p.weightKg), InputCheck.str(p.egfr), InputCheck.str(p.apoeE4Carrier),
                InputCheck.str(p.egfrMeasuredOn));
    }

    /** Checks every field, recording errors in {@code check}, and copies valid values onto {@code p}. */
    void applyTo(Patient p, InputCheck check, LocalDate today) {
        String mrnValue = check.text("mrn", mrn, 40, true);
        if (mrnValue != null && !MRN.matcher(mrnValue).matches()) {
            check.add("mrn", "Letters, digits, dot, dash, slash or underscore");
        }
        p.mrn = mrnValue;
        p.givenName = check.text("givenName", givenName, 100, true);
        p.familyName = check.text("familyName", familyName, 100, true);
        LocalDate born = check.date("birthDate", birthDate, true);
        if (born != null && (born.isAfter(today) || born.isBefore(LocalDate.of(1900, 1, 1)))) {
            check.add("birthDate", "Between 1900-01-01 and today");
        }
        p.birthDate = born;
        p.sex = check.oneOf("sex", sex, Sex.class, true);
        p.weightKg = check.decimal("weightKg", weightKg, BigDecimal.ZERO, true, new BigDecimal("500"), 1, false);
        p.egfr = check.decimal("egfr", egfr, BigDecimal.ZERO, false, new BigDecimal("250"), 1, false);
        p.apoeE4Carrier = check.bool("apoeE4Carrier", apoeE4Carrier);
        LocalDate measured = check.date("egfrMeasuredOn", egfrMeasuredOn, false);
        if (measured != null && measured.isAfter(today)) {
            check.add("egfrMeasuredOn", "Cannot be in the future");
        } else if (measured != null && born != null && measured.isBefore(born)) {
            check.add("egfrMeasuredOn", "Cannot be before the birth date");
        } else if (measured != null && p.egfr == null && !check.has("egfr")) {
            check.add("egfrMeasuredOn", "Give the eGFR this date belongs to");
        }
        p.egfrMeasuredOn = p.egfr == null ? null : measured;
    }
}
