package org.clinic.courses.catalog;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Matching free text (conditions, medications, allergies, indications, side-effect terms) and
 * ICD-10 codes against the catalog. Pure functions; see docs/safety-rules.md for the decisions.
 */
public final class Terminology {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern POSSESSIVE = Pattern.compile("['\u2019]s\\b");
    private static final Pattern APOSTROPHES = Pattern.compile("['\u2019]");
    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");
    private static final Pattern LETTER_DIGIT = Pattern.compile("(?<=[a-z])(?=[0-9])|(?<=[0-9])(?=[a-z])");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /**
     * Clause breaks limit a negation's reach: punctuation ("no diabetes, epilepsy" still mentions
     * epilepsy) and words that turn the sentence ("no seizures but epilepsy", "nil apart from epilepsy").
     * The full stop of "St." and "Dr." ends no sentence ("St. John's wort").
     */
    private static final Pattern CLAUSES = Pattern.compile("[;,!?\\n]|(?<!\\b[Ss][Tt])(?<!\\b[Dd][Rr])\\.(?=\\s|$)|(?i)\\b(?:but|however|although|"
            + "though|except|excepting|apart from|aside from|other than|whereas|nevertheless|nonetheless)\\b");
    /** "Renal impairment, severe" and "renal impairment (severe)" say "renal impairment severe". */
    private static final Pattern SEVERE_AFTER = Pattern.compile("(?i)\\s*[,(]\\s*(severe|severely)\\s*\\)?");
    /** "Chronic kidney disease, stage 5": the stage belongs to the disease before the comma. */
    private static final Pattern STAGE_AFTER = Pattern.compile("(?i)\\s*[,(]\\s*(stage|grade)\\b");
    /** Roman stage numerals after these words are read as digits ("CKD stage IV" = "CKD stage 4"). */
    private static final List<String> NUMBERED = List.of("stage", "grade", "g", "ckd", "class", "type");
    private static final List<String> ROMAN = List.of("i", "ii", "iii", "iv", "v");

    /** Negation cues before the phrase, in the same clause ("epilepsy, no seizures since 2019" is epilepsy). */
    private static final List<List<String>> NEGATIONS = phrases(
            "no", "not", "never", "denies", "denied", "denying", "without", "negative", "nil", "ruled out", "rule out",
            "r o", "excluded", "absence of", "free of", "no evidence of");
    /** Negation cues after the phrase, in the same clause ("epilepsy ruled out", "AKI excluded"). */
    private static final List<List<String>> POST_NEGATIONS = phrases(
            "ruled out", "excluded", "not confirmed", "not found", "absent", "not present", "denied");
    /** Before a post-negation these undo it: "epilepsy cannot be excluded" is still possible. */
    private static final List<String> UNDO_POST = List.of("not", "cannot", "cant", "never");
    /** Someone else's condition, anywhere in the clause ("FH epilepsy", "epilepsy in mother"). */
    private static final List<List<String>> FAMILY = phrases(
            "family", "fh", "fhx", "mother", "father", "parent", "parents", "sister", "brother", "sibling", "siblings",
            "maternal", "paternal", "grandmother", "grandfather", "aunt", "uncle", "cousin", "son", "daughter");

    /**
     * British to American spellings, applied to both sides of every comparison so "ischaemic",
     * "haemorrhagic" and "diarrhoea" equal their US forms even where the catalog lists no synonym.
     */
    private static final String[][] SPELLINGS = {
            {"haem", "hem"}, {"aem", "em"}, {"oedem", "edem"}, {"oesoph", "esoph"}, {"oestr", "estr"},
            {"diarrhoe", "diarrhe"}, {"dyspnoe", "dyspne"}, {"apnoe", "apne"}, {"foet", "fet"}, {"coeliac", "celiac"},
            {"paed", "ped"}, {"anaesth", "anesth"}, {"faec", "fec"}, {"tumour", "tumor"}, {"behaviour", "behavior"},
            {"ised", "ized"}, {"isation", "ization"}, {"sulph", "sulf"}};

    /** Pure functions of the text, so remembering them changes no answer; each holds at most 4,096 texts. */
    private static final Cache<String, List<String>> TOKENS = remembered();
    private static final Cache<String, List<List<String>>> CLAUSE_TOKENS = remembered();

    private static <V> Cache<String, V> remembered() {
        return Caffeine.newBuilder().maximumSize(4096).executor(Runnable::run).build();
    }

    private Terminology() {
    }

    /** Case-folded, without diacritics, apostrophes or punctuation, single-spaced; "Alzheimer's" is "alzheimer". */
    public static String normalise(String text) {
        if (text == null) return "";
        String s = Normalizer.normalize(text, Normalizer.Form.NFKD);
        s = MARKS.matcher(s).replaceAll("").toLowerCase(Locale.ROOT);
        s = POSSESSIVE.matcher(s).replaceAll("");
        s = APOSTROPHES.matcher(s).replaceAll("");
        s = NON_ALNUM.matcher(s).replaceAll(" ");
        s = LETTER_DIGIT.matcher(s).replaceAll(" ");
        return SPACES.matcher(s).replaceAll(" ").strip();
    }

    /**
     * Words for matching: normalised, split at letter/digit boundaries ("50mg" is "50 mg"), spelling-folded.
     * Unmodifiable, and remembered: a dose's screening compares the same few texts with every catalog phrase.
     */
    public static List<String> tokens(String text) {
        return text == null ? List.of() : TOKENS.get(text, Terminology::tokenise);
    }

    private static List<String> tokenise(String text) {
        String n = normalise(text);
        if (n.isEmpty()) return List.of();
        List<String> words = Arrays.stream(n.split(" ")).map(Terminology::fold).toList();
        List<String> out = new ArrayList<>(words.size());
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            boolean numbered = i > 0 && NUMBERED.contains(words.get(i - 1)) && ROMAN.contains(w) && !w.equals("i");
            out.add(numbered ? String.valueOf(ROMAN.indexOf(w) + 1) : w);
        }
        return List.copyOf(out);
    }

    /** The words of each clause of a text ("severe" and "stage" after a comma joined to their noun). */
    private static List<List<String>> clauses(String text) {
        return CLAUSE_TOKENS.get(text, t -> {
            String joined = STAGE_AFTER.matcher(SEVERE_AFTER.matcher(t).replaceAll(" $1")).replaceAll(" $1");
            return Arrays.stream(CLAUSES.split(joined)).map(Terminology::tokens).toList();
        });
    }

    /** The key under which two adverse-event terms count as the same ("Diarrhoea" = "diarrhea "). */
    public static String termKey(String term) {
        return String.join(" ", tokens(term));
    }

    /** Same meaning after normalisation and spelling folding. */
    public static boolean sameTerm(String a, String b) {
        return termKey(a).equals(termKey(b)) && !termKey(a).isEmpty();
    }

    /**
     * Whole-word containment: every word of {@code phrase}, in order and adjacent, appears in
     * {@code text}. "Lithium carbonate 300 mg bid" contains "lithium"; "dilithium" does not.
     */
    public static boolean containsPhrase(String text, String phrase) {
        return indexOf(tokens(text), tokens(phrase), 0) >= 0;
    }

    /**
     * Whether {@code text} states {@code phrase} of the patient: contained as whole words, and at
     * least one occurrence is neither negated before it in its clause nor in a family-history clause.
     */
    public static boolean mentions(String text, String phrase) {
        return mentions(text, phrase, List.of());
    }

    /**
     * As {@link #mentions(String, String)}, with {@code masked} phrases blanked out of the text first
     * ("non-epileptic seizures" is not a seizure). Also: an occurrence right after "non" is negated
     * ("non-epileptic"); negation after the phrase counts ("seizures ruled out"); a phrase starting
     * with "severe" may have it after the noun ("renal impairment, severe"); a phrase ending in
     * "stage N" may be written "stage N ...", "... N" or "... G N" ("stage IV CKD", "CKD5", "CKD G4").
     */
    public static boolean mentions(String text, String phrase, Collection<String> masked) {
        List<String> p = tokens(phrase);
        if (text == null || p.isEmpty()) return false;
        List<List<String>> forms = forms(p);
        for (List<String> clause : clauses(text)) {
            List<String> t = mask(clause, masked);
            if (containsAny(t, FAMILY, t.size())) continue;
            for (List<String> form : forms) {
                for (int i = indexOf(t, form, 0); i >= 0; i = indexOf(t, form, i + 1)) {
                    if (!negated(t, i, i + form.size())) return true;
                }
            }
        }
        return false;
    }

    private static boolean negated(List<String> t, int start, int end) {
        if (start > 0 && t.get(start - 1).equals("non")) return true;
        if (containsAny(t, NEGATIONS, start)) return true;
        List<String> after = t.subList(end, t.size());
        for (List<String> cue : POST_NEGATIONS) {
            int at = indexOf(after, cue, 0);
            if (at >= 0 && !(at > 0 && UNDO_POST.contains(after.get(at - 1)))
                    && !(at > 1 && after.get(at - 1).equals("be") && UNDO_POST.contains(after.get(at - 2)))) {
                return true;
            }
        }
        return false;
    }

    /** The ways a phrase may be written: itself, "severe" after the noun, a stage before or without "stage". */
    private static List<List<String>> forms(List<String> p) {
        List<List<String>> forms = new ArrayList<>();
        forms.add(p);
        if (p.size() > 1 && p.get(0).equals("severe")) {
            List<String> after = new ArrayList<>(p.subList(1, p.size()));
            after.add("severe");
            forms.add(after);
        }
        int n = p.size();
        if (n > 2 && p.get(n - 2).equals("stage") && p.get(n - 1).chars().allMatch(Character::isDigit)) {
            List<String> disease = p.subList(0, n - 2);
            List<String> before = new ArrayList<>(List.of("stage", p.get(n - 1)));
            before.addAll(disease);
            forms.add(before);
            List<String> bare = new ArrayList<>(disease);
            bare.add(p.get(n - 1));
            forms.add(bare);
            List<String> kdigo = new ArrayList<>(disease);
            kdigo.add("g");
            kdigo.add(p.get(n - 1));
            forms.add(kdigo);
        }
        return forms;
    }

    private static List<String> mask(List<String> words, Collection<String> masked) {
        if (masked.isEmpty()) return words;
        List<String> out = new ArrayList<>(words);
        for (String m : masked) {
            List<String> mt = tokens(m);
            for (int i = indexOf(out, mt, 0); i >= 0; i = indexOf(out, mt, i + 1)) {
                for (int k = i; k < i + mt.size(); k++) out.set(k, "#");
            }
        }
        return out;
    }

    /** The first of {@code phrases} that {@code text} mentions (see {@link #mentions}). */
    public static Optional<String> firstMention(String text, Collection<String> phrases) {
        return firstMention(text, phrases, List.of());
    }

    public static Optional<String> firstMention(String text, Collection<String> phrases, Collection<String> masked) {
        return phrases.stream().filter(p -> mentions(text, p, masked)).findFirst();
    }

    /** ICD-10 code without dots or spaces, upper case: "g40.909" is "G40909". */
    public static String normaliseCode(String code) {
        return code == null ? "" : code.replaceAll("[\\s.]", "").toUpperCase(Locale.ROOT);
    }

    /**
     * The patient's code is the catalog code or one of its subcodes: G40 matches G40.909 and
     * "g40909"; N18.5 matches N18.5 but not N18.4. Catalog codes shorter than a category never match.
     */
    public static boolean codeMatches(String patientCode, String catalogCode) {
        String p = normaliseCode(patientCode);
        String c = normaliseCode(catalogCode);
        return c.length() >= 3 && p.startsWith(c);
    }

    public static Optional<String> firstCodeMatch(String patientCode, Collection<String> catalogCodes) {
        return catalogCodes.stream().filter(c -> codeMatches(patientCode, c)).findFirst();
    }

    /**
     * The protocol an indication names: an exact name or synonym first, else the longest name or
     * synonym the indication states ("Acute ischemic stroke, left MCA" is the ischaemic stroke protocol),
     * read with the same clause-scoped negation as conditions: "Acute ischaemic stroke \u2014 ruled out,
     * TIA" names no protocol.
     */
    public static Optional<DrugDefinition.Protocol> findProtocol(DrugDefinition drug, String indication) {
        String key = termKey(indication);
        if (key.isEmpty()) return Optional.empty();
        Optional<DrugDefinition.Protocol> exact = drug.protocols().stream()
                .filter(p -> names(p).stream().anyMatch(n -> termKey(n).equals(key)))
                .findFirst();
        if (exact.isPresent()) return exact;
        record Hit(DrugDefinition.Protocol protocol, int words) {
        }
        return drug.protocols().stream()
                .flatMap(p -> names(p).stream().filter(n -> mentions(indication, n))
                        .map(n -> new Hit(p, tokens(n).size())))
                .max(Comparator.comparingInt(Hit::words))
                .map(Hit::protocol);
    }

    /** The protocol a course recorded by name, else the one its indication names. */
    public static Optional<DrugDefinition.Protocol> protocolOf(DrugDefinition drug, String protocolName, String indication) {
        if (protocolName != null && !protocolName.isBlank()) {
            Optional<DrugDefinition.Protocol> named = drug.protocols().stream()
                    .filter(p -> sameTerm(p.name(), protocolName)).findFirst();
            if (named.isPresent()) return named;
        }
        return findProtocol(drug, indication);
    }

    private static List<String> names(DrugDefinition.Protocol p) {
        List<String> all = new ArrayList<>(p.synonyms());
        all.add(0, p.name());
        return all;
    }

    private static String fold(String word) {
        String w = word;
        for (String[] s : SPELLINGS) w = w.replace(s[0], s[1]);
        return w;
    }

    private static int indexOf(List<String> text, List<String> phrase, int from) {
        if (phrase.isEmpty()) return -1;
        for (int i = from; i + phrase.size() <= text.size(); i++) {
            if (text.subList(i, i + phrase.size()).equals(phrase)) return i;
        }
        return -1;
    }

    /** Whether any cue occurs wholly within the first {@code end} words. */
    private static boolean containsAny(List<String> text, List<List<String>> cues, int end) {
        List<String> head = text.subList(0, Math.min(end, text.size()));
        return cues.stream().anyMatch(c -> indexOf(head, c, 0) >= 0);
    }

    private static List<List<String>> phrases(String... cues) {
        return Arrays.stream(cues).map(c -> List.of(c.split(" "))).toList();
    }
}
