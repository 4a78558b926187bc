package org.clinic.courses.catalog;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Terminology remembers the words of a text it has read; what it hands back cannot be changed by a caller. */
class RememberedWordsTest {

    @Test
    void aTextIsReadOnceAndTheSameWordsComeBack() {
        String text = "Severe renal impairment " + System.nanoTime();
        assertSame(Terminology.tokens(text), Terminology.tokens(new String(text)), "remembered, not read again");
    }

    @Test
    void rememberedWordsCannotBeChangedByACaller() {
        List<String> words = Terminology.tokens("Lithium carbonate 300mg");
        assertEquals(List.of("lithium", "carbonate", "300", "mg"), words);
        assertThrows(UnsupportedOperationException.class, () -> words.set(0, "#"));
        assertEquals(words, Terminology.tokens("Lithium carbonate 300mg"));
    }

    @Test
    void manyDifferentTextsStillGiveTheirOwnWords() {
        for (int i = 0; i < 10_000; i++) {
            assertEquals(List.of("lot", String.valueOf(i)), Terminology.tokens("Lot " + i));
        }
    }
}
