package org.clinic.courses.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.clinic.courses.audit.AuditLog;
import org.clinic.courses.web.InvalidInputException;

import java.time.Clock;
import java.time.Instant;

/**
 * Electronic signatures (21 CFR 11.200(a)): the signed-in user types their password again to sign.
 * Wrong passwords count as failed logins of the account and client, with the login throttle, so a
 * left-open session cannot be used to guess the password one signature at a time.
 */
@ApplicationScoped
public class Signatures {
    /** What the record keeps of a signature: who (username and printed name), when, and what it means. */
    public record Signature(String username, String fullName, Instant signedAt, String meaning) {
        /** For the audit trail. */
        public String describe() {
            return "signed by " + fullName + " (" + username + ") at " + signedAt + ": " + meaning;
        }
    }

    @Inject
    AuditLog audit;
    @Inject
    LoginThrottle throttle;
    @Inject
    Clock clock;

    /** Checks the current user's password; a 400 on {@code field} when it is missing or wrong. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Signature sign(String password, String field, String meaning) {
        String username = audit.currentUser();
        User user = User.findByUsername(username).orElseThrow(() -> new IllegalStateException("no account " + username));
        String client = audit.currentClientAddress();
        if (password == null || password.isEmpty()) {
            throw new InvalidInputException(field, "Required: type your password to sign");
        }
        if (!throttle.allowed(user.id, username, client)) {
            throw new InvalidInputException(field, "Too many wrong passwords; wait a few minutes and try again");
        }
        if (!Passwords.matches(password.toCharArray(), user.passwordHash)) {
            // Its own transaction: the refusal rolls the caller's back.
            QuarkusTransaction.requiringNew().run(() -> {
                if (throttle.recordFailure(user.id, username, client)) {
                    audit.write(username, "LOGIN_FAILURE", "User", user.id, "wrong password on an electronic signature;"
                            + " further failures in this window are counted, not repeated here", client);
                }
            });
            throw new InvalidInputException(field, "This is not your password: nothing was signed");
        }
        throttle.reset(user.id, client);
        String name = user.fullName == null || user.fullName.isBlank() ? username : user.fullName;
        return new Signature(username, name, Instant.now(clock), meaning);
    }
}
