package org.clinic.courses.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CsvCellsTest {
    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+cmd|calc!A0", "-2+3", "@SUM(A1)", "\t=1", "\r=1", " =1+1", "   @SUM(1)"})
    void formulasGetALeadingQuote(String cell) {
        assertEquals("'" + cell, CsvCells.neutralise(cell));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Headache", "30 ml", " plain", "a=b", "", "   "})
    void textStaysAsItIs(String cell) {
        assertEquals(cell, CsvCells.neutralise(cell));
    }
}
