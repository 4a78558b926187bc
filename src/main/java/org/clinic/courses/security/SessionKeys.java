package org.clinic.courses.security;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * Signs session tickets and CSRF tokens with a key derived from TRACKER_SESSION_KEY, so every
 * instance sharing that key accepts the same cookies. Without a key (demo, tests) a random one
 * lives as long as the process, like the form login's own temporary key.
 */
@ApplicationScoped
public class SessionKeys {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final byte[] key;

    SessionKeys(@ConfigProperty(name = "quarkus.http.auth.session.encryption-key") Optional<String> sessionKey) {
        byte[] material = sessionKey.filter(k -> !k.isBlank())
                .map(k -> k.getBytes(StandardCharsets.UTF_8))
                .orElseGet(() -> randomBytes(32));
        this.key = hmac(material, "course-tracker session signing key");
    }

    /** A signature of the purpose and the value, URL-safe Base64. */
    public String sign(String purpose, String value) {
        byte[] mac = hmac(key, purpose + '\n' + value);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(mac);
    }

    /** Constant-time comparison of a presented signature with the expected one. */
    public boolean verify(String purpose, String value, String presented) {
        if (presented == null || value == null) {
            return false;
        }
        return MessageDigest.isEqual(sign(purpose, value).getBytes(StandardCharsets.US_ASCII),
                presented.getBytes(StandardCharsets.UTF_8));
    }

    /** A key for {@code purpose} derived from the session key (e.g. to encrypt TOTP secrets). */
    public byte[] derive(String purpose) {
        return hmac(key, "derive\n" + purpose);
    }

    public static String randomId() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(18));
    }

    private static byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private static byte[] hmac(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
