package org.clinic.courses.security;

import jakarta.enterprise.context.ApplicationScoped;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.clinic.courses.audit.AuditLog;
import org.clinic.courses.web.ConflictException;
import org.clinic.courses.web.FieldError;
import org.clinic.courses.web.InvalidInputException;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Creating and disabling accounts, for the admin pages and the API alike. */
@ApplicationScoped
public class Accounts {
    public static final int MIN_PASSWORD_LENGTH = PasswordPolicy.MIN_LENGTH;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

    @Inject
    AuditLog audit;
    @Inject
    AccountIdentities identities;
    @Inject
    Clock clock;
    @Inject
    SessionEpochs epochs;
    @Inject
    LoginThrottle throttle;
    @Inject
    ClinicWords clinicWords;

    public record NewAccount(String username, String password, String role) {
    }

    public static List<FieldError> validate(NewAccount account, List<String> clinicWords) {
        List<FieldError> errors = new ArrayList<>();
        String username = account.username() == null ? "" : account.username().strip();
        if (!USERNAME.matcher(username).matches()) {
            errors.add(new FieldError("username",
                    "2 to 64 characters: lower-case letters, digits, dot, dash or underscore, starting with a letter or digit"));
        }
        PasswordPolicy.problem(account.password(), username, clinicWords)
                .ifPresent(problem -> errors.add(new FieldError("password", problem)));
        if (roleOf(account.role()) == null) {
            errors.add(new FieldError("role", "One of NURSE, PHYSICIAN, ADMIN"));
        }
        return errors;
    }

    static Role roleOf(String role) {
        if (role == null) return null;
        try {
            return Role.valueOf(role.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** What is wrong with a new account, field by field (empty when it can be created). */
    public List<FieldError> problems(NewAccount account) {
        return validate(account, clinicWords.current());
    }

    @Transactional
    public User create(NewAccount account) {
        List<FieldError> errors = validate(account, clinicWords.current());
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return createValidated(account);
    }

    /** {@link #create} for an account {@link #problems} has already passed (the password check is the costly part). */
    @Transactional
    User createValidated(NewAccount account) {
        String username = account.username().strip();
        if (User.findByUsername(username).isPresent()) {
            throw new ConflictException("The username " + username + " is taken");
        }
        User user = createUnchecked(username, account.password(), roleOf(account.role()), audit.currentUser());
        // The administrator knows this password: like a reset, the account chooses its own at first login.
        user.mustChangePassword = true;
        audit.record("USER_CREATED", "User", user.id, "username=" + username + " role=" + user.role
                + "; change required at first login");
        return user;
    }

    /** For seeding: no audit user, no password policy beyond the caller's. */
    @Transactional(Transactional.TxType.MANDATORY)
    public User createUnchecked(String username, String password, Role role, String createdBy) {
        User user = new User();
        user.username = username;
        user.passwordHash = Passwords.hash(password);
        user.role = role.name();
        user.enabled = true;
        user.createdAt = Instant.now(clock);
        user.createdBy = createdBy;
        user.persist();
        return user;
    }

    @Transactional
    public User setEnabled(long id, boolean enabled) {
        User user = User.<User>findByIdOptional(id).orElseThrow(jakarta.ws.rs.NotFoundException::new);
        if (!enabled && user.username.equals(audit.currentUser())) {
            throw new InvalidInputException("enabled", "You cannot disable your own account");
        }
        user.enabled = enabled;
        if (!enabled) {
            epochs.endSessions(user);
        }
        identities.forget(user.username);
        audit.record(enabled ? "USER_ENABLED" : "USER_DISABLED", "User", user.id, "username=" + user.username);
        return user;
    }

    /** An administrator sets a temporary password: the account must choose its own at next login. */
    @Transactional
    public User resetPassword(long id, String temporaryPassword) {
        User user = User.<User>findByIdOptional(id).orElseThrow(jakarta.ws.rs.NotFoundException::new);
        PasswordPolicy.problem(temporaryPassword, user.username, clinicWords.current()).ifPresent(problem -> {
            throw new InvalidInputException("password", problem);
        });
        user.passwordHash = Passwords.hash(temporaryPassword);
        user.mustChangePassword = !user.username.equals(audit.currentUser());
        epochs.endSessions(user);
        audit.record("PASSWORD_RESET", "User", user.id, "username=" + user.username + "; change required at next login");
        return user;
    }

    /** The account holder changes their own password; returns the new session epoch. */
    @Transactional
    public int changeOwnPassword(String username, String current, String chosen, String repeated) {
        User user = User.findByUsername(username).orElseThrow(jakarta.ws.rs.NotFoundException::new);
        // Guesses of the current password count like failed logins of this account and client.
        String client = audit.currentClientAddress();
        if (!throttle.allowed(user.id, username, client)) {
            throw new InvalidInputException("current", "Too many wrong passwords; wait a few minutes and try again");
        }
        List<FieldError> errors = new ArrayList<>();
        if (current == null || !Passwords.matches(current.toCharArray(), user.passwordHash)) {
            errors.add(new FieldError("current", "This is not your current password"));
            // Its own transaction: the refusal below rolls this one back.
            QuarkusTransaction.requiringNew().run(() -> {
                if (throttle.recordFailure(user.id, username, client)) {
                    audit.write(username, "LOGIN_FAILURE", "User", user.id, "wrong current password on password change;"
                            + " further failures in this window are counted, not repeated here", client);
                }
            });
        }
        PasswordPolicy.problem(chosen, username, clinicWords.current()).ifPresentOrElse(problem -> errors.add(new FieldError("password", problem)),
                () -> {
                    if (chosen.equals(current)) {
                        errors.add(new FieldError("password", "Choose a password other than the current one"));
                    }
                });
        if (chosen != null && !chosen.equals(repeated)) {
            errors.add(new FieldError("repeat", "The two new passwords differ"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        user.passwordHash = Passwords.hash(chosen);
        user.mustChangePassword = false;
        throttle.reset(user.id, client);
        int epoch = epochs.endSessions(user);
        audit.record("PASSWORD_CHANGED", "User", user.id, "by the account holder; other sessions ended");
        return epoch;
    }
}
