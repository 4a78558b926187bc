package org.clinic.courses.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Text fields refuse what no report format can carry: one stored lone surrogate or noncharacter
 * made the FHIR export answer 200 with a cut-off body and the E2B file invalid XML (pen test, issue 10).
 */
class InputCheckTextTest {
    @ParameterizedTest
    @ValueSource(strings = {"a\u0000b", "a\u0007b", "\u001b[31m", "Head\ud800ache", "\udc00", "ends\ud83d",
            "T\ufffeX", "T\uffffX", "a\ufdd0b", "plane one \ud83f\udffe"})
    void notTextIsRefused(String value) {
        assertTrue(InputCheck.hasControlCharacters(value), value.codePoints().mapToObj(Integer::toHexString).toList().toString());
        InputCheck check = new InputCheck();
        check.text("term", value, 200, true);
        assertTrue(check.has("term"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Dizzy 😵‍💫 💉", "صداع \u202Eעברית", "Zeile 1\nZeile 2\tTab", "Sørensen-Ünal", "中文名字",
            "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "\ufffd replacement character"})
    void textIsAccepted(String value) {
        assertFalse(InputCheck.hasControlCharacters(value), value);
    }
}
