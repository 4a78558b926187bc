package org.clinic.courses.report.e2b;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The reporter's full name split into E2B C.2.r.1.1 title, .2 given, .3 middle, .4 family. */
class PersonNameTest {

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
            "Gregory House,              -,           Gregory, -,      House",
            "Dr. Gregory House,          Dr.,         Gregory, -,      House",
            "Prof. Dr. Anna Maria Nowak, Prof. Dr.,   Anna,    Maria,  Nowak",
            "Dr Ludwig van Beethoven,    Dr,          Ludwig,  -,      van Beethoven",
            "MUDr. Jan von der Heide,    MUDr.,       Jan,     -,      von der Heide",
            "Dipl.-Ing. Eva Huber,       Dipl.-Ing.,  Eva,     -,      Huber",
            "House,                      -,           -,       -,      House",
            "Dr.,                        -,           -,       -,      Dr.",
            "李 小龍,                     -,           李,      -,      小龍"})
    void titlesGivenMiddleAndFamily(String full, String prefix, String given, String middle, String family) {
        assertEquals(new PersonName(prefix, given, middle, family), PersonName.parse(full));
    }
}
