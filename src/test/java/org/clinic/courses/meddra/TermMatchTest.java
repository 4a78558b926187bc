package org.clinic.courses.meddra;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The order in which lowest-level terms are suggested for a nurse's verbatim term. */
class TermMatchTest {
    private static LowestLevelTerm t(String code, String name, boolean current) {
        return new LowestLevelTerm(code, name, "1", "pt", current, "1.0");
    }

    private static final List<LowestLevelTerm> TERMS = List.of(
            t("1", "Glimmer rash of the arm", true),
            t("2", "Rash, glimmering", true),
            t("3", "Glimmer rash", true),
            t("4", "Glimmer rash (old wording)", false),
            t("5", "Wobble fever", true));

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Glimmer  RASH|glimmer rash",
            "glimmer-rash.|glimmer rash",
            "Café ÜBER|cafe uber",
            "Zastrzał łokciowy|zastrzał łokciowy",
            "  |''"})
    void normalisedIgnoringCasePunctuationAndAccents(String in, String out) {
        assertEquals(out == null ? "" : out, MeddraTerms.normalise(in));
    }

    @Test
    void exactThenPrefixThenAllWordsAndNeverANonCurrentTerm() {
        var ranked = TermMatch.rank("glimmer-Rash", TERMS, 10);
        assertEquals(List.of("3", "1", "2"), ranked.stream().map(r -> r.term().code()).toList());
        assertEquals(List.of(TermMatch.Kind.EXACT, TermMatch.Kind.PREFIX, TermMatch.Kind.WORDS),
                ranked.stream().map(TermMatch.Ranked::kind).toList());
    }

    @Test
    void wordsMatchTheStartOfAWordInAnyOrder() {
        assertEquals(List.of("2"), TermMatch.rank("rash glimmering", TERMS, 10).stream().map(r -> r.term().code()).toList());
        assertEquals(List.of("5"), TermMatch.rank("fev wob", TERMS, 10).stream().map(r -> r.term().code()).toList());
    }

    @Test
    void nothingForAnUnrelatedOrEmptyTerm() {
        assertEquals(List.of(), TermMatch.rank("headache", TERMS, 10));
        assertEquals(List.of(), TermMatch.rank(" - ", TERMS, 10));
    }

    @Test
    void atMostTheLimit() {
        assertEquals(1, TermMatch.rank("glimmer", TERMS, 1).size());
    }
}
