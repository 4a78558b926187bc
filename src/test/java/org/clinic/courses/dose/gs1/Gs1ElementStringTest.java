package org.clinic.courses.dose.gs1;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.*;

class Gs1ElementStringTest {
    static final char GS = Gs1ElementString.GS;
    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    static final String GTIN = "09008732001013";

    static Gs1Pack parse(String s) {
        return Gs1ElementString.parse(s, TODAY);
    }

    @Test
    void allFourFieldsWithTheSeparatorAfterTheLot() {
        Gs1Pack p = parse("01" + GTIN + "17271231" + "10AB123" + GS + "21SN0001");
        assertEquals(new Gs1Pack(GTIN, LocalDate.of(2027, 12, 31), "AB123", "SN0001"), p);
    }

    @Test
    void theLastVariableFieldNeedsNoSeparator() {
        assertEquals(new Gs1Pack(GTIN, LocalDate.of(2027, 6, 30), null, "X9"), parse("01" + GTIN + "17270630" + "21X9"));
    }

    @Test
    void variableFieldsInEitherOrderAndATrailingSeparator() {
        Gs1Pack p = parse("01" + GTIN + "21S1" + GS + "10L1" + GS + "17270101" + GS);
        assertEquals(new Gs1Pack(GTIN, LocalDate.of(2027, 1, 1), "L1", "S1"), p);
    }

    @Test
    void symbologyPrefixIsSkipped() {
        Gs1Pack p = parse("]d201" + GTIN + "10LOT");
        assertEquals(GTIN, p.gtin());
        assertEquals("LOT", p.lot());
    }

    @Test
    void bracketedHumanReadableFormIsRead() {
        assertEquals(new Gs1Pack(GTIN, LocalDate.of(2028, 2, 29), "ABC", "S"),
                parse("(01)" + GTIN + "(17)280200(10)ABC(21)S"));
    }

    @ParameterizedTest(name = "expiry {0} is {1}")
    @CsvSource({
            "270200, 2027-02-28", "280200, 2028-02-29", "271100, 2027-11-30", "271200, 2027-12-31",
            "270101, 2027-01-01", "261201, 2026-12-01",
            // two-digit years: up to 50 years ahead, otherwise the last century
            "760101, 2076-01-01", "770101, 1977-01-01", "000101, 2000-01-01"})
    void expiryDates(String yymmdd, LocalDate expected) {
        assertEquals(expected, parse("01" + GTIN + "17" + yymmdd).expiry());
    }

    @ParameterizedTest(name = "unreadable expiry {0}")
    @ValueSource(strings = {"270230", "271301", "270001", "271232", "2712AB"})
    void impossibleExpiries(String yymmdd) {
        assertThrows(UnreadableScan.class, () -> parse("01" + GTIN + "17" + yymmdd));
    }

    @Test
    void variableFieldsAreAtMostTwentyCharacters() {
        assertEquals("A".repeat(20), parse("01" + GTIN + "10" + "A".repeat(20)).lot());
        UnreadableScan e = assertThrows(UnreadableScan.class, () -> parse("01" + GTIN + "10" + "A".repeat(21)));
        assertTrue(e.getMessage().contains("group separator may be missing"), e.getMessage());
    }

    @Test
    void aMissingSeparatorRunsTheLotIntoTheSerial() {
        // Without GS, "10LOT21SERIAL" is a lot "LOT21SERIAL" (a scanner that drops GS cannot be told apart
        // while it stays within 20 characters); longer runs are refused.
        assertEquals("LOT21SERIAL", parse("01" + GTIN + "10LOT21SERIAL").lot());
        assertThrows(UnreadableScan.class, () -> parse("01" + GTIN + "10LOT4567890123" + "21SERIAL1234"));
    }

    @ParameterizedTest(name = "unreadable: \"{0}\"")
    @ValueSource(strings = {
            "", "   ", "hello", "]d2", "0109008732001014", "01090087320010", "010900873200101A",
            "01" + GTIN + "99ABC", "01" + GTIN + "1", "01" + GTIN + "10", "01" + GTIN + "1727123",
            "17271231", "10LOT", "01" + GTIN + "01" + GTIN, "01" + GTIN + "10A\u0001B", "(01" + GTIN,
            "x(01)" + GTIN, "01" + GTIN + "10" + GS + "21S"})
    void badInput(String scan) {
        assertThrows(UnreadableScan.class, () -> parse(scan));
    }

    @Test
    void nullAndOverlongInput() {
        assertThrows(UnreadableScan.class, () -> parse(null));
        assertThrows(UnreadableScan.class, () -> parse("01" + GTIN + "10" + "A".repeat(300)));
    }

    @ParameterizedTest(name = "check digit of {0}: {1}")
    @CsvSource({"09008732001013, true", "09008732001014, false", "04000000000013, true", "00000000000000, true"})
    void checkDigit(String gtin, boolean ok) {
        assertEquals(ok, Gs1ElementString.checkDigitOk(gtin));
    }
}
