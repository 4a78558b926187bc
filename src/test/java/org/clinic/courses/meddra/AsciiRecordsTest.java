package org.clinic.courses.meddra;

import org.clinic.courses.web.FieldError;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Lines of the MSSO ASCII files (synthetic content), read field by field. */
class AsciiRecordsTest {
    @Test
    void lltLineWithCurrency() {
        List<FieldError> errors = new ArrayList<>();
        var llt = AsciiRecords.llt("90000004$Glimmer rash (old wording)$90000101$$$$$$$N$$", 1, errors);
        assertEquals(new AsciiRecords.Llt("90000004", "Glimmer rash (old wording)", "90000101", false), llt);
        assertEquals(List.of(), errors);
    }

    @Test
    void ptAndPrimaryHierarchy() {
        List<FieldError> errors = new ArrayList<>();
        assertEquals(new AsciiRecords.Pt("90000101", "Glimmer rash"), AsciiRecords.pt("90000101$Glimmer rash$$90000901$$$$$$$$", 1, errors));
        var h = AsciiRecords.hierarchy("90000102$90000203$90000303$90000901$Wobble fever$W$W$Imaginary skin disorders$ImSkin$$90000902$N$", 1, errors);
        assertEquals(new AsciiRecords.Hierarchy("90000102", "90000901", "Imaginary skin disorders", false), h);
        assertEquals(List.of(), errors);
    }

    @Test
    void malformedLinesNameFileAndLineAndBlankLinesAreSkipped() {
        List<FieldError> errors = new ArrayList<>();
        assertNull(AsciiRecords.llt("not a record", 7, errors));
        assertNull(AsciiRecords.llt("90000001$Glimmer rash$90000101$$$$$$$MAYBE$$", 8, errors));
        assertNull(AsciiRecords.pt("ABC$Glimmer$$", 2, errors));
        assertNull(AsciiRecords.llt("   ", 9, errors));
        assertEquals(List.of(new FieldError("llt", "line 7 is not an LLT record (code$name$pt code$…$currency Y/N$)"),
                        new FieldError("llt", "line 8 is not an LLT record (code$name$pt code$…$currency Y/N$)"),
                        new FieldError("pt", "line 2 is not a PT record (code$name$…)")), errors);
    }

    @Test
    void versionFromTheReleaseFile() {
        assertEquals("90.0", AsciiRecords.releaseVersion("90.0$English$$$"));
        assertNull(AsciiRecords.releaseVersion("$English$"));
    }
}
