package org.clinic.courses.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** At most N failed logins per account within a window; then the account is refused until it passes. */
@ApplicationScoped
public class LoginGuard {
    @ConfigProperty(name = "tracker.login.max-failures")
    int maxFailures;
    @ConfigProperty(name = "tracker.login.failure-window")
    Duration window;
    @Inject
    Clock clock;

    /** Call inside a transaction. */
    public boolean isLockedOut(String username) {
        Instant since = Instant.now(clock).minus(window);
        return LoginFailure.count("username = ?1 and failedAt > ?2", username, since) >= maxFailures;
    }

    /** Call inside a transaction. */
    public void recordFailure(String username, String clientAddress) {
        LoginFailure failure = new LoginFailure();
        failure.username = username.length() > 64 ? username.substring(0, 64) : username;
        failure.failedAt = Instant.now(clock);
        failure.clientAddress = clientAddress;
        failure.persist();
    }
}
