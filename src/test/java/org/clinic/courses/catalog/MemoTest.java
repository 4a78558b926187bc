package org.clinic.courses.catalog;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class MemoTest {

    @Test
    void aTextIsReadOnceAndTheSameAnswerComesBack() {
        AtomicInteger reads = new AtomicInteger();
        Memo<Integer> memo = new Memo<>(10);
        assertEquals(8, memo.get("epilepsy", t -> { reads.incrementAndGet(); return t.length(); }));
        assertEquals(8, memo.get("epilepsy", t -> { reads.incrementAndGet(); return -1; }));
        assertEquals(1, reads.get());
    }

    @Test
    void itHoldsNoMoreThanItsLimit() {
        AtomicInteger reads = new AtomicInteger();
        Memo<Integer> memo = new Memo<>(2);
        for (String text : List.of("a", "b", "c", "a")) {
            memo.get(text, t -> reads.incrementAndGet());
        }
        assertEquals(4, reads.get(), "the third text started afresh, so the first was read again");
    }

    @Test
    void rememberedWordsCannotBeChangedByACaller() {
        List<String> words = Terminology.tokens("Lithium carbonate 300mg");
        assertEquals(List.of("lithium", "carbonate", "300", "mg"), words);
        assertThrows(UnsupportedOperationException.class, () -> words.set(0, "#"));
        assertEquals(words, Terminology.tokens("Lithium carbonate 300mg"));
    }
}
