package org.clinic.courses.patient;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A scanned wristband reads as the MRN whatever the scanner adds around it. */
class WristbandTest {
    private static final String GS = "\u001d";

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"]C1MRN-0042", "]C0MRN-0042", "]d1MRN-0042", "]d2MRN-0042", "]Q3MRN-0042", "]E0MRN-0042",
            "]c1MRN-0042", "MRN-0042"})
    void symbologyIdentifiersAreNotPartOfTheMrn(String scanned) {
        assertEquals("MRN-0042", Wristband.read(scanned));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"MRN-0042\r", "MRN-0042\n", "MRN-0042\r\n", " MRN-0042 ", "]C1MRN-0042\r\n",
            "\u001d]C1MRN-0042"})
    void trailingLineEndsAndSpacesGo(String scanned) {
        assertEquals("MRN-0042", Wristband.read(scanned));
    }

    @Test
    void groupSeparatorsAnywhereGo() {
        assertEquals("MRN-0042", Wristband.read("]C1" + GS + "MRN-0042"));
        assertEquals("MRN-0042", Wristband.read("]d2MRN-" + GS + "0042" + GS));
        assertEquals("MRN-0042", Wristband.read(GS + "MRN-0042"));
    }

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(value = {
            "Okafor|Okafor",            // a typed name stays
            "12|12",                    // a bed number stays
            "]|]",                      // too short to be an identifier
            "]C|]C",
            "]C1|''",                   // the identifier alone: nothing to find
            "]1C2|]1C2",                // not a letter after the bracket: typed text, kept
            "]C1]C1X|]C1X",             // only the first identifier is the scanner's
            "A]C1X|A]C1X",              // only at the start
            "'  '|''"}, delimiter = '|')
    void boundaries(String scanned, String read) {
        assertEquals(read, Wristband.read(scanned));
    }

    @Test
    void nothingScanned() {
        assertEquals("", Wristband.read(null));
        assertEquals("", Wristband.read("\r\n"));
    }
}
