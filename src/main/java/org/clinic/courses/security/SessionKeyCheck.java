package org.clinic.courses.security;

import java.util.HashMap;
import java.util.Map;

/**
 * Whether a configured session key looks random: enough distinct characters and Shannon entropy, and
 * the same zxcvbn estimate as for passwords at {@link #MIN_BITS} (varied characters alone let
 * "MySuperSecretSessionKeyForTheTracker2026" through: dictionary words are cheap to guess).
 */
final class SessionKeyCheck {
    /** 32 characters of hex (openssl rand -hex 16) carry about 3.5 bits each; "aaaa…" or "abab…" far less. */
    static final double MIN_BITS = 100;

    private SessionKeyCheck() {
    }

    static boolean random(String key) {
        Map<Integer, Integer> counts = new HashMap<>();
        key.codePoints().forEach(c -> counts.merge(c, 1, Integer::sum));
        if (counts.size() < 10) {
            return false;
        }
        int n = key.codePointCount(0, key.length());
        double bitsPerChar = 0;
        for (int count : counts.values()) {
            double p = (double) count / n;
            bitsPerChar -= p * (Math.log(p) / Math.log(2));
        }
        return bitsPerChar * n >= MIN_BITS && PasswordPolicy.unguessable(key, MIN_BITS);
    }
}
