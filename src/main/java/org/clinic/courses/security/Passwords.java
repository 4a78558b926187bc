package org.clinic.courses.security;

import io.quarkus.elytron.security.common.BcryptUtil;

import java.nio.charset.StandardCharsets;

/**
 * Hashing and checking passwords with bcrypt. bcrypt reads only the first 72 bytes, so longer
 * passwords are refused when set and never match at login (a longer guess would otherwise pass
 * on its first 72 bytes). A login for an unknown or disabled account still runs one bcrypt
 * against a dummy hash of the same cost, so the answer takes as long whether the name exists.
 */
public final class Passwords {
    public static final int MAX_BYTES = 72;
    private static final String DUMMY_HASH = BcryptUtil.bcryptHash("no account has this password: " + System.nanoTime());

    private Passwords() {
    }

    public static String hash(String password) {
        if (tooLong(password)) {
            throw new IllegalArgumentException("longer than " + MAX_BYTES + " bytes");
        }
        return BcryptUtil.bcryptHash(password);
    }

    public static boolean tooLong(String password) {
        return password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES;
    }

    /** Always one bcrypt, whether or not there is a hash to check against. */
    public static boolean matches(char[] password, String hashOrNull) {
        String candidate = new String(password);
        boolean matches = BcryptUtil.matches(candidate, hashOrNull == null ? DUMMY_HASH : hashOrNull);
        return matches && hashOrNull != null && !tooLong(candidate);
    }
}
