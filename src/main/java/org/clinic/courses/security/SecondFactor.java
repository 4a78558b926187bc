package org.clinic.courses.security;

import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.recovery.RecoveryCodeGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.util.Utils;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.clinic.courses.audit.AuditLog;
import org.clinic.courses.web.InvalidInputException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * The TOTP second factor of an account: enrolment (confirmed by a first code), checking a code or a
 * recovery code, disabling and an administrator's reset. A code's time-step is taken with one
 * conditional update of the account, so a code is accepted once, whichever instance sees it.
 */
@ApplicationScoped
public class SecondFactor {
    /** What an enrolment shows, once: the secret as text and as a QR code. */
    public record Enrolment(String secret, String qrDataUri) {
    }

    @Inject
    TotpSecrets secrets;
    @Inject
    AuditLog audit;
    @Inject
    Clock clock;
    @Inject
    EntityManager em;
    @Inject
    LoginThrottle throttle;
    @Inject
    AccountIdentities identities;
    @Inject
    SessionEpochs epochs;

    /**
     * Starts (or restarts) an enrolment; it takes effect only when {@link #confirm} gets a code. The
     * password is asked again (ASVS 5.0 V7.5.1): a session left open must not bind a stranger's phone,
     * which would end the owner's other sessions and lock the owner out of the next login.
     */
    @Transactional
    public Enrolment start(String username, String password) {
        User user = account(username);
        checkPassword(user, password);
        if (user.totpEnabled) {
            // A signed-in session alone must not swap in another key: turning the factor off asks for
            // the password and a code, so a new key comes only after that (ASVS 5.0 V7.5.1).
            throw new InvalidInputException("code",
                    "Turn the current second factor off first (your password and a code), then set up the new one");
        }
        String secret = new DefaultSecretGenerator(32).generate();
        user.totpPendingSecret = secrets.encrypt(secret);
        QrData data = new QrData.Builder().label(username).secret(secret).issuer("Course Tracker")
                .digits(6).period(TotpCodes.PERIOD_SECONDS).build();
        try {
            ZxingPngQrGenerator png = new ZxingPngQrGenerator();
            return new Enrolment(secret, Utils.getDataUriForImage(png.generate(data), png.getImageMimeType()));
        } catch (QrGenerationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Confirms the enrolment with a code from the app; returns the 10 recovery codes (shown once). */
    @Transactional
    public List<String> confirm(String username, String code) {
        User user = account(username);
        String secret = secrets.decrypt(user.totpPendingSecret);
        if (secret == null) {
            throw new InvalidInputException("code", "Start the enrolment again: no secret is waiting");
        }
        OptionalLong step = TotpCodes.matchingStep(secret, code, Instant.now(clock).getEpochSecond());
        if (step.isEmpty()) {
            throw new InvalidInputException("code", "This code does not match; type the 6 digits the app shows now");
        }
        user.totpSecret = user.totpPendingSecret;
        user.totpPendingSecret = null;
        user.totpEnabled = true;
        user.totpLastStep = step.getAsLong();
        TotpRecoveryCode.delete("userId", user.id);
        List<String> codes = List.of(new RecoveryCodeGenerator().generateCodes(10));
        for (String c : codes) {
            TotpRecoveryCode row = new TotpRecoveryCode();
            row.userId = user.id;
            row.codeHash = hash(c);
            row.persist();
        }
        epochs.endSessions(user); // the account's other sessions end; the caller gives this one a new ticket
        audit.record("TOTP_ENABLED", "User", user.id, "second factor enrolled; 10 recovery codes issued;"
                + " the account's other sessions ended");
        return codes;
    }

    /**
     * True when {@code code} is a current TOTP code not used before, or an unused recovery code, of the
     * account; the code is then spent. Runs in its own transaction.
     */
    public boolean accept(long userId, String code) {
        if (code == null || code.isBlank() || code.length() > 40) {
            return false;
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            User user = User.findById(userId);
            if (user == null || !user.totpEnabled) {
                return false;
            }
            OptionalLong step = TotpCodes.matchingStep(secrets.decrypt(user.totpSecret), code,
                    Instant.now(clock).getEpochSecond());
            if (step.isPresent()) {
                return em.createNativeQuery("update app_user set totp_last_step = ?1 where id = ?2 and totp_last_step < ?1")
                        .setParameter(1, step.getAsLong()).setParameter(2, userId).executeUpdate() == 1;
            }
            int spent = em.createNativeQuery("update totp_recovery_code set used_at = ?1"
                            + " where user_id = ?2 and code_hash = ?3 and used_at is null")
                    .setParameter(1, Instant.now(clock)).setParameter(2, userId)
                    .setParameter(3, hash(code)).executeUpdate();
            if (spent == 1) {
                audit.write(user.username, "TOTP_RECOVERY_CODE_USED", "User", userId, "a recovery code was spent",
                        audit.currentClientAddress());
            }
            return spent == 1;
        });
    }

    /** The account turns its second factor off, proving it with its password and a code. */
    @Transactional
    public void disable(String username, String password, String code) {
        User user = account(username);
        String client = checkPassword(user, password);
        if (!accept(user.id, code)) {
            QuarkusTransaction.requiringNew().run(() -> throttle.recordFailure(user.id, username, client));
            throw new InvalidInputException("code", "This code does not match or was used already");
        }
        em.refresh(user); // the spent time-step, so this update does not write the older one back
        clear(user);
        epochs.endSessions(user);
        audit.record("TOTP_DISABLED", "User", user.id, "second factor turned off by the account;"
                + " the account's other sessions ended");
    }

    /** The account's own password, throttled like a login; returns the client address. */
    private String checkPassword(User user, String password) {
        String client = audit.currentClientAddress();
        if (!throttle.allowed(user.id, user.username, client)) {
            throw new InvalidInputException("password", "Too many wrong passwords; wait a few minutes and try again");
        }
        boolean passwordOk = password != null && !password.isEmpty() && password.length() <= 200
                && Passwords.matches(password.toCharArray(), user.passwordHash);
        if (!passwordOk) {
            QuarkusTransaction.requiringNew().run(() -> throttle.recordFailure(user.id, user.username, client));
            throw new InvalidInputException("password", password == null || password.isEmpty()
                    ? "Type your password to confirm it is you" : "This is not your password");
        }
        return client;
    }

    /** An administrator removes an account's second factor (a lost phone); audited. */
    @Transactional
    public User reset(long userId) {
        User user = User.<User>findByIdOptional(userId).orElseThrow(jakarta.ws.rs.NotFoundException::new);
        clear(user);
        epochs.endSessions(user); // a lost or stolen phone: every session of the account ends
        audit.record("TOTP_RESET", "User", user.id, "second factor of " + user.username
                + " reset by an administrator; the account's sessions ended");
        return user;
    }

    private static void clear(User user) {
        user.totpEnabled = false;
        user.totpSecret = null;
        user.totpPendingSecret = null;
        TotpRecoveryCode.delete("userId", user.id);
    }


    private static User account(String username) {
        return User.findByUsername(username).orElseThrow(() -> new IllegalStateException("no account " + username));
    }

    static String hash(String code) {
        try {
            String normal = code.strip().toLowerCase(Locale.ROOT);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
