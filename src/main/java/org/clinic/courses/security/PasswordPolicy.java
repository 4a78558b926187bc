package org.clinic.courses.security;

import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a new password must be (ASVS 6.2): at least 12 characters, at most 72 bytes (all bcrypt
 * reads), and not guessable: zxcvbn's estimate, which knows the common-password lists, English
 * words, names, keyboard patterns and the account's own name, must reach "safely unguessable" (3).
 */
public final class PasswordPolicy {
    public static final int MIN_LENGTH = 12;
    public static final int MIN_SCORE = 3;
    private static final Zxcvbn ESTIMATOR = new Zxcvbn();

    /** Letters and digits a password must keep once the context words are taken out of it. */
    static final int MIN_OWN_CHARACTERS = 8;
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private PasswordPolicy() {
    }

    /**
     * The password's letters and digits, lower case, with every context word of 3 or more taken out
     * (longest first), written forwards or backwards.
     */
    static String withoutContext(String password, List<String> context) {
        String rest = NOT_LETTERS.matcher(password.toLowerCase(Locale.ROOT)).replaceAll("");
        List<String> words = context.stream().map(w -> NOT_LETTERS.matcher(w.toLowerCase(Locale.ROOT)).replaceAll(""))
                .filter(w -> w.length() >= 3).flatMap(w -> Stream.of(w, new StringBuilder(w).reverse().toString()))
                .distinct().sorted(Comparator.comparingInt(String::length).reversed()).toList();
        for (String w : words) {
            rest = rest.replace(w, "");
        }
        return rest;
    }

    /**
     * True when the estimator rates the secret "very unguessable" (4) and needs at least
     * {@code minBits} bits of guesses: dictionary words and sequences count for little.
     */
    public static boolean unguessable(String secret, double minBits) {
        Strength strength = ESTIMATOR.measure(secret);
        return strength.getScore() >= 4 && strength.getGuessesLog10() * (Math.log(10) / Math.log(2)) >= minBits;
    }

    /** The reason this password is refused, if it is. */
    public static Optional<String> problem(String password, String username) {
        return problem(password, username, List.of());
    }

    /**
     * As {@link #problem(String, String)}, with the clinic's own words too (its name, its wards'
     * codes and names, see {@link ClinicWords}): an attacker tries those first (ASVS 6.2.11).
     */
    public static Optional<String> problem(String password, String username, Collection<String> clinicWords) {
        if (password == null || password.isBlank()) {
            return Optional.of("Choose a password (spaces alone are not one)");
        }
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("At least " + MIN_LENGTH + " characters");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > Passwords.MAX_BYTES) {
            return Optional.of("At most " + Passwords.MAX_BYTES + " bytes (72 plain letters, fewer with accents)");
        }
        List<String> context = new ArrayList<>(List.of("course", "tracker", "coursetracker", "clinic", "cerebrolysin",
                "nurse", "physician", "admin", "ward", "hospital", "demo"));
        if (username != null && !username.isBlank()) {
            context.add(username.strip());
        }
        clinicWords.stream().filter(w -> w != null && !w.isBlank()).forEach(w -> {
            context.add(w.strip());
            context.addAll(List.of(NOT_LETTERS.split(w.strip().toLowerCase(Locale.ROOT))));
        });
        if (withoutContext(password, context).length() < MIN_OWN_CHARACTERS) {
            return Optional.of("Made of this product's, the clinic's or a ward's names or your username:"
                    + " add three or four unrelated words of your own");
        }
        Strength strength = ESTIMATOR.measure(password, context);
        if (strength.getScore() < MIN_SCORE || password.strip().chars().distinct().count() < 5) {
            String warning = strength.getFeedback() == null ? "" : strength.getFeedback().getWarning();
            return Optional.of("Too common or too easy to guess" + (warning == null || warning.isBlank() ? ""
                    : " (" + warning.replaceAll("\\.$", "") + ")") + ": try three or four unrelated words");
        }
        return Optional.empty();
    }
}
