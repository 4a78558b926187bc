package org.clinic.courses.dose;

import org.clinic.courses.dose.gs1.Gs1ElementString;
import org.clinic.courses.dose.gs1.Gs1Pack;
import org.clinic.courses.dose.gs1.UnreadableScan;
import org.clinic.courses.web.FieldError;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A scanned pack against the dose being recorded. Pure. An unreadable scan, or an explicit field that
 * disagrees with it, is a field error; a pack that is not one of the drug's GTINs, or expired on the day
 * of the dose, is refused outright ({@link Refusal}) before anything is saved.
 */
public final class PackScan {
    static final int SERIAL_MAX = 20;

    public enum Refusal { WRONG_DRUG, EXPIRED }

    /** {@code request} with the pack's fields filled in; {@code refusal} when the pack must not be given. */
    public record Outcome(AdministrationRequest request, Refusal refusal) {
    }

    private PackScan() {
    }

    public static Outcome check(AdministrationRequest r, List<String> drugGtins, LocalDate doseDay, LocalDate today,
                                List<FieldError> errors) {
        String lot = r.lotNumber(), gtin = r.gtin(), serial = r.serialNumber();
        LocalDate expiry = r.expiryDate();
        if (r.scan() != null) {
            Gs1Pack pack;
            try {
                pack = Gs1ElementString.parse(r.scan(), today);
            } catch (UnreadableScan e) {
                errors.add(new FieldError("scan", "Not readable: " + e.getMessage()));
                return new Outcome(r, null);
            }
            disagree("gtin", gtin, pack.gtin(), errors);
            disagree("lotNumber", lot, pack.lot(), errors);
            disagree("serialNumber", serial, pack.serial(), errors);
            disagree("expiryDate", expiry, pack.expiry(), errors);
            gtin = pack.gtin();
            lot = pack.lot() != null ? pack.lot() : lot;
            serial = pack.serial() != null ? pack.serial() : serial;
            expiry = pack.expiry() != null ? pack.expiry() : expiry;
        } else if (gtin != null && !(gtin.matches("\\d{14}") && checkDigitOk(gtin))) {
            errors.add(new FieldError("gtin", "14 digits with a valid check digit"));
        }
        if (serial != null && (serial.length() > SERIAL_MAX || !serial.chars().allMatch(c -> c >= 0x21 && c <= 0x7e))) {
            errors.add(new FieldError("serialNumber", "At most " + SERIAL_MAX + " printable characters"));
        }
        AdministrationRequest filled = r.withPack(lot, gtin, expiry, serial);
        Refusal refusal = null;
        if (gtin != null && !drugGtins.contains(gtin)) {
            refusal = Refusal.WRONG_DRUG;
        } else if (expiry != null && doseDay != null && expiry.isBefore(doseDay)) {
            refusal = Refusal.EXPIRED;
        }
        return new Outcome(filled, refusal);
    }

    private static void disagree(String field, Object given, Object scanned, List<FieldError> errors) {
        if (given != null && scanned != null && !Objects.equals(given, scanned)) {
            errors.add(new FieldError(field, "Disagrees with the scanned pack (" + scanned + ")"));
        }
    }

    private static boolean checkDigitOk(String gtin) {
        try {
            return Gs1ElementString.parse("01" + gtin, LocalDate.EPOCH).gtin().equals(gtin);
        } catch (UnreadableScan e) {
            return false;
        }
    }
}
