package org.clinic.courses.meddra;

import java.util.Comparator;
import java.util.List;

/**
 * Orders candidate lowest-level terms for a verbatim term: the exact term first (after
 * {@link MeddraTerms#normalise}), then terms that start with it, then terms holding all its words,
 * each group alphabetically. Candidates that match none of these are dropped. Pure.
 */
public final class TermMatch {
    public enum Kind { EXACT, PREFIX, WORDS }

    public record Ranked(LowestLevelTerm term, Kind kind) {
    }

    private TermMatch() {
    }

    public static List<Ranked> rank(String verbatim, List<LowestLevelTerm> candidates, int limit) {
        String wanted = MeddraTerms.normalise(verbatim);
        if (wanted.isEmpty()) return List.of();
        List<String> words = MeddraTerms.words(wanted);
        return candidates.stream().filter(LowestLevelTerm::current)
                .map(t -> new Ranked(t, kind(wanted, words, MeddraTerms.normalise(t.name()))))
                .filter(r -> r.kind() != null)
                .sorted(Comparator.comparing(Ranked::kind).thenComparing(r -> r.term().name().toLowerCase())
                        .thenComparing(r -> r.term().code()))
                .limit(limit).toList();
    }

    static Kind kind(String wanted, List<String> words, String candidate) {
        if (candidate.equals(wanted)) return Kind.EXACT;
        if (candidate.startsWith(wanted + " ") || candidate.startsWith(wanted)) return Kind.PREFIX;
        List<String> candidateWords = List.of(candidate.split(" "));
        boolean all = words.stream().allMatch(w -> candidateWords.stream().anyMatch(c -> c.startsWith(w)));
        return all ? Kind.WORDS : null;
    }
}
