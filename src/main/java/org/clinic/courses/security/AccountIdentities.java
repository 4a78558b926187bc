package org.clinic.courses.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What each request needs to know of its account (role, enabled, session epoch, password hash),
 * read from the database at most every few seconds ({@code tracker.session.recheck}), so a
 * logout, disable or password change on any instance takes effect everywhere within that time.
 */
@ApplicationScoped
public class AccountIdentities {
    /** Above the stock JPA providers' default (1001), so ours answer first. */
    static final int PROVIDER_PRIORITY = 2000;

    /** The account as last read from the database. */
    public record Account(long id, String username, String role, boolean enabled, int epoch, String passwordHash,
                          boolean mustChangePassword, boolean totpEnabled, SecurityIdentity identity) {
    }

    private record Cached(Account account, long expiresAtNanos) {
    }

    /** A Basic-auth password verified against a given hash and epoch, kept as a digest. */
    private record Verified(byte[] digest, String passwordHash, int epoch) {
    }

    private final Map<String, Cached> accounts = new ConcurrentHashMap<>();
    private final Map<String, Verified> verifiedPasswords = new ConcurrentHashMap<>();
    private final long recheckNanos;

    private final DataSource dataSource;

    private final boolean totpRequired;

    AccountIdentities(@ConfigProperty(name = "tracker.session.recheck", defaultValue = "PT3S") Duration recheck,
                      @ConfigProperty(name = "tracker.security.totp-required", defaultValue = "false") boolean totpRequired,
                      DataSource dataSource) {
        this.recheckNanos = recheck.toNanos();
        this.totpRequired = totpRequired;
        this.dataSource = dataSource;
    }

    /** Set on the identity of an account that must choose a new password before anything else. */
    public static final String MUST_CHANGE_PASSWORD = "tracker.must-change-password";

    /** Set on the identity of a physician or administrator who must enrol a second factor first. */
    public static final String MUST_ENROL_TOTP = "tracker.must-enrol-totp";
    /** Set on a session identity whose password was given but not yet its TOTP code. */
    public static final String SECOND_FACTOR_PENDING = "tracker.second-factor-pending";

    SecurityIdentity identityOf(User user) {
        boolean mustEnrol = totpRequired && !user.totpEnabled
                && (Role.PHYSICIAN_NAME.equals(user.role) || Role.ADMIN_NAME.equals(user.role));
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(user.username))
                .addRole(user.role)
                .addAttribute(MUST_CHANGE_PASSWORD, user.mustChangePassword)
                .addAttribute(MUST_ENROL_TOTP, mustEnrol)
                .build();
    }

    /** The same identity, good for nothing but the second-factor step. */
    static SecurityIdentity pending(SecurityIdentity identity) {
        return QuarkusSecurityIdentity.builder(identity).addAttribute(SECOND_FACTOR_PENDING, true).build();
    }

    Account remember(User user) {
        Account account = new Account(user.id, user.username, user.role, user.enabled, user.sessionEpoch,
                user.passwordHash, user.mustChangePassword, user.totpEnabled, identityOf(user));
        accounts.put(user.username, new Cached(account, System.nanoTime() + recheckNanos));
        return account;
    }

    /** The account if read recently, else null (the caller then loads it, off the event loop). */
    Account recent(String username) {
        Cached cached = accounts.get(username);
        return cached == null || cached.expiresAtNanos - System.nanoTime() < 0 ? null : cached.account;
    }

    /**
     * Reads the account (blocking); null when unknown. Plain JDBC, outside any persistence context:
     * this is the per-request security check, not part of what a page reads.
     */
    Account load(String username) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("select id, password_hash, role, enabled, session_epoch,"
                     + " must_change_password, totp_enabled from app_user where username = ?")) {
            q.setString(1, username);
            try (ResultSet r = q.executeQuery()) {
                if (!r.next()) {
                    return null;
                }
                User user = new User();
                user.id = r.getLong(1);
                user.username = username;
                user.passwordHash = r.getString(2);
                user.role = r.getString(3);
                user.enabled = r.getBoolean(4);
                user.sessionEpoch = r.getInt(5);
                user.mustChangePassword = r.getBoolean(6);
                user.totpEnabled = r.getBoolean(7);
                return remember(user);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the account", e);
        }
    }

    /** The identity for a Basic-auth password verified earlier, while hash and epoch are unchanged. */
    SecurityIdentity verified(Account account, char[] password) {
        Verified v = verifiedPasswords.get(account.username());
        if (v == null || !account.enabled() || v.epoch != account.epoch() || !v.passwordHash.equals(account.passwordHash())
                || !MessageDigest.isEqual(v.digest, digest(account.username(), password))) {
            return null;
        }
        return account.identity();
    }

    void rememberVerified(Account account, char[] password) {
        verifiedPasswords.put(account.username(), new Verified(digest(account.username(), password),
                account.passwordHash(), account.epoch()));
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

    /** Drops what this instance remembers of an account (others see the epoch within the recheck time). */
    public void forget(String username) {
        accounts.remove(username);
        verifiedPasswords.remove(username);
    }
}
