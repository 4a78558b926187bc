package org.clinic.courses.dose.gs1;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** When a scanned lot may have swallowed the serial (or the expiry) for want of a group separator. */
class LotRunOnTest {
    private static final String GTIN = "02000001000014";
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    private static boolean warns(String scan) {
        return LotRunOn.mayIncludeAnotherField(Gs1ElementString.parse(scan, TODAY));
    }

    @Test
    void aSerialRunIntoTheLotIsSuspected() {
        assertTrue(warns("]d201" + GTIN + "1727123110LOT77A21SER0001"));
        assertTrue(warns("01" + GTIN + "10A21B"), "one character each side of 21");
        assertTrue(warns("01" + GTIN + "10LOT717271231"), "an expiry after the lot");
    }

    @Test
    void aLotWithNothingAfterLooksLikeAPlainLot() {
        assertFalse(warns("01" + GTIN + "10LOT7721"), "21 at the end: nothing after it");
        assertFalse(warns("01" + GTIN + "1021ABC"), "21 at the start is the lot's own");
        assertFalse(warns("01" + GTIN + "10LOT171712"), "17 and only four digits");
        assertFalse(warns("01" + GTIN + "10LOT77A"));
        assertFalse(warns("01" + GTIN + "17271231"), "no lot at all");
    }

    @Test
    void withTheSeparatorTheSerialIsItsOwn() {
        assertFalse(warns("]d201" + GTIN + "1727123110LOT77A\u001d21SER0001"));
        assertFalse(warns("01" + GTIN + "21SER0001\u001d10LOT21X"), "a serial read: the separator was there");
    }
}
