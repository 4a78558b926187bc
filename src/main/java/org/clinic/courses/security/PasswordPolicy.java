package org.clinic.courses.security;

import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a new password must be (ASVS 6.2): at least 12 characters, at most 72 bytes (all bcrypt
 * reads), and not guessable: zxcvbn's estimate, which knows the common-password lists, English
 * words, names, keyboard patterns and the account's own name, must reach "safely unguessable" (3).
 */
public final class PasswordPolicy {
    public static final int MIN_LENGTH = 12;
    public static final int MIN_SCORE = 3;
    private static final Zxcvbn ESTIMATOR = new Zxcvbn();

    private PasswordPolicy() {
    }

    /** True when the estimator rates the secret below "very unguessable" (4). */
    public static boolean guessable(String secret) {
        return ESTIMATOR.measure(secret).getScore() < 4;
    }

    /** zxcvbn's estimate of the guesses needed, in bits: dictionary words and sequences count for little. */
    public static double guessBits(String secret) {
        return ESTIMATOR.measure(secret).getGuessesLog10() * (Math.log(10) / Math.log(2));
    }

    /** The reason this password is refused, if it is. */
    public static Optional<String> problem(String password, String username) {
        if (password == null || password.isBlank()) {
            return Optional.of("Choose a password (spaces alone are not one)");
        }
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("At least " + MIN_LENGTH + " characters");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > Passwords.MAX_BYTES) {
            return Optional.of("At most " + Passwords.MAX_BYTES + " bytes (72 plain letters, fewer with accents)");
        }
        List<String> context = new ArrayList<>(List.of("course", "tracker", "clinic", "cerebrolysin", "nurse",
                "physician", "admin"));
        if (username != null && !username.isBlank()) {
            context.add(username.strip());
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
