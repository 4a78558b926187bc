package org.clinic.courses.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * On start: refuse to run in production without a session key (except in demo mode), and give an
 * empty database its first account(s): the demo accounts in demo mode, otherwise one admin.
 */
@ApplicationScoped
public class StartupAccounts {
    private static final Logger LOG = Logger.getLogger(StartupAccounts.class);

    @ConfigProperty(name = "tracker.demo")
    boolean demo;
    @ConfigProperty(name = "tracker.clinic-name")
    String clinicName;
    @ConfigProperty(name = "tracker.admin-password")
    Optional<String> adminPassword;
    @ConfigProperty(name = "quarkus.http.auth.session.encryption-key")
    Optional<String> sessionKey;
    @Inject
    Accounts accounts;

    void onStart(@Observes @Priority(10) StartupEvent event) {
        // The key check (zxcvbn loads its dictionaries) runs beside the first query (Hibernate loads its
        // parser); a refused key still stops the start before any account is committed or announced.
        CompletableFuture<Void> keyCheck = CompletableFuture.runAsync(this::checkSessionKey);
        Runnable announce = QuarkusTransaction.requiringNew().call(() -> {
            Runnable message = seedAccounts();
            awaitKeyCheck(keyCheck);
            return message;
        });
        announce.run();
    }

    private static void awaitKeyCheck(CompletableFuture<Void> keyCheck) {
        try {
            keyCheck.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException refused ? refused : e;
        }
    }

    void checkSessionKey() {
        boolean missing = sessionKey.filter(k -> !k.isBlank()).isEmpty();
        if (missing && !demo && LaunchMode.current() == LaunchMode.NORMAL) {
            throw new IllegalStateException("TRACKER_SESSION_KEY is not set: set it to a random secret of at least "
                    + "32 characters (e.g. `openssl rand -base64 48`), or run with TRACKER_DEMO=true for a demo");
        }
        if (!missing && sessionKey.get().length() < 32) {
            throw new IllegalStateException("TRACKER_SESSION_KEY is too short: use at least 32 characters");
        }
        if (!missing && !SessionKeyCheck.random(sessionKey.get())) {
            throw new IllegalStateException("TRACKER_SESSION_KEY looks guessable (repeated or patterned characters, or words): "
                    + "use a random secret, e.g. `openssl rand -base64 48`");
        }
    }

    /** Creates the first accounts of an empty database; returns the log line to write once they are committed. */
    Runnable seedAccounts() {
        // Plain SQL: the first HQL query would build Hibernate's query parser, which the first request can do.
        Number users = (Number) User.getEntityManager().createNativeQuery("select count(*) from app_user").getSingleResult();
        if (users.longValue() > 0) {
            return () -> { };
        }
        if (demo) {
            accounts.createUnchecked("nurse", "nurse-demo", Role.NURSE, "demo");
            accounts.createUnchecked("physician", "physician-demo", Role.PHYSICIAN, "demo");
            accounts.createUnchecked("admin", "admin-demo", Role.ADMIN, "demo");
            return () -> LOG.info("Demo mode: accounts nurse/nurse-demo, physician/physician-demo, admin/admin-demo");
        }
        String password = adminPassword.filter(p -> !p.isBlank()).orElse(null);
        if (password == null) {
            // No password is ever logged: a one-time setup code that only opens the password change page.
            byte[] random = new byte[18];
            new SecureRandom().nextBytes(random);
            String setupCode = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            User admin = accounts.createUnchecked("admin", setupCode, Role.ADMIN, "system");
            admin.mustChangePassword = true;
            return () -> LOG.warn("Created the first account 'admin'. One-time setup code: " + setupCode + " - log in as admin "
                    + "with it and choose the admin's password (the code then stops working). Or set TRACKER_ADMIN_PASSWORD.");
        } else {
            refuseWeakAdminPassword(password, clinicName);
            accounts.createUnchecked("admin", password, Role.ADMIN, "system");
            return () -> LOG.info("Created the first account 'admin' with the password from TRACKER_ADMIN_PASSWORD");
        }
    }

    static void refuseWeakAdminPassword(String password, String clinicName) {
        PasswordPolicy.problem(password, "admin", List.of(clinicName)).ifPresent(problem -> {
            throw new IllegalStateException("TRACKER_ADMIN_PASSWORD is refused: " + problem);
        });
    }
}
