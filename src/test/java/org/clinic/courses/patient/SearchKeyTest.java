package org.clinic.courses.patient;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SearchKeyTest {
    @ParameterizedTest
    @CsvSource({
            "Müller, muller",
            "MÜLLER, muller",
            "Zoë  Brontë , zoe bronte",
            "Øyvind Łukasz, oyvind lukasz",
            "Dvořák, dvorak",
            "Ángel García-Núñez, angel garcia-nunez",
            "MRN-00A7, mrn-00a7",
            "Straße, straße"})
    void accentsAndCaseAreIgnored(String text, String key) {
        assertEquals(key, SearchKey.of(text));
    }
}
