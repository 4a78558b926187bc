package org.clinic.courses.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Builds identities from accounts and keeps them briefly, keyed by username. */
@ApplicationScoped
public class AccountIdentities {
    /** Above the stock JPA providers' default (1001), so ours answer first. */
    static final int PROVIDER_PRIORITY = 2000;
    private static final Duration KEEP = Duration.ofSeconds(30);

    private record Entry(SecurityIdentity identity, long expiresAtNanos, byte[] digest) {
        Entry(SecurityIdentity identity, long expiresAtNanos) {
            this(identity, expiresAtNanos, null);
        }
    }

    private final Map<String, Entry> cache = new ConcurrentHashMap<>();
    /** Basic-auth callers send the password on every request: remember a verified one briefly, as a digest. */
    private final Map<String, Entry> verifiedPasswords = new ConcurrentHashMap<>();

    SecurityIdentity of(User user) {
        SecurityIdentity identity = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(user.username))
                .addRole(user.role)
                .build();
        cache.put(user.username, new Entry(identity, System.nanoTime() + KEEP.toNanos()));
        return identity;
    }

    SecurityIdentity cached(String username) {
        Entry entry = cache.get(username);
        if (entry == null || entry.expiresAtNanos < System.nanoTime()) {
            return null;
        }
        return entry.identity;
    }

    /** Loads the account (blocking); null when unknown or disabled. */
    SecurityIdentity load(String username) {
        return QuarkusTransaction.joiningExisting().call(() -> User.findByUsername(username)
                .filter(u -> u.enabled)
                .map(this::of)
                .orElse(null));
    }

    SecurityIdentity verified(String username, char[] password) {
        Entry entry = verifiedPasswords.get(username);
        if (entry == null || entry.expiresAtNanos < System.nanoTime()
                || !MessageDigest.isEqual(entry.digest, digest(username, password))) {
            return null;
        }
        return entry.identity;
    }

    void rememberVerified(String username, char[] password, SecurityIdentity identity) {
        verifiedPasswords.put(username, new Entry(identity, System.nanoTime() + KEEP.toNanos(), digest(username, password)));
    }

    private static byte[] digest(String username, char[] password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(username.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(new String(password).getBytes(StandardCharsets.UTF_8));
            return sha.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Drops what is remembered of an account (disabled, password changed). */
    public void forget(String username) {
        cache.remove(username);
        verifiedPasswords.remove(username);
    }
}
