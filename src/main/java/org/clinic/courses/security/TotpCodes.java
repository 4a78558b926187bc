package org.clinic.courses.security;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.OptionalLong;

/**
 * TOTP codes (RFC 6238: SHA-1, 6 digits, 30-second steps) through dev.samstevens.totp. A code is
 * accepted for the step before, now and after (clock drift); the caller learns which step matched so
 * it can refuse that step and older ones next time.
 */
public final class TotpCodes {
    public static final int PERIOD_SECONDS = 30;
    private static final DefaultCodeGenerator GENERATOR = new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6);

    private TotpCodes() {
    }

    public static long stepAt(long epochSeconds) {
        return Math.floorDiv(epochSeconds, PERIOD_SECONDS);
    }

    public static String codeAt(String secret, long step) {
        try {
            return GENERATOR.generate(secret, step);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The step {@code code} belongs to, if it is valid at {@code epochSeconds} (one step either side). */
    public static OptionalLong matchingStep(String secret, String code, long epochSeconds) {
        if (secret == null || code == null || !code.strip().matches("[0-9]{6}")) {
            return OptionalLong.empty();
        }
        byte[] given = code.strip().getBytes(StandardCharsets.US_ASCII);
        long now = stepAt(epochSeconds);
        OptionalLong found = OptionalLong.empty();
        for (long step = now - 1; step <= now + 1; step++) {
            if (MessageDigest.isEqual(given, codeAt(secret, step).getBytes(StandardCharsets.US_ASCII))) {
                found = OptionalLong.of(step);
            }
        }
        return found;
    }
}
