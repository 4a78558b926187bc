package org.clinic.courses.security;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Counts failed logins in the database (so every instance sees them) and applies {@link ThrottleRule}.
 * A failure on an unknown username is counted under that name and the client, never under an
 * account id, so it cannot throttle an account created later under the same name.
 */
@ApplicationScoped
public class LoginThrottle {
    @Inject
    Clock clock;
    @Inject
    DataSource dataSource;
    private final ThrottleRule rule;

    LoginThrottle(@ConfigProperty(name = "tracker.login.free-failures", defaultValue = "5") int freeFailures,
                  @ConfigProperty(name = "tracker.login.first-delay", defaultValue = "PT1S") Duration firstDelay,
                  @ConfigProperty(name = "tracker.login.max-delay", defaultValue = "PT5M") Duration maxDelay,
                  @ConfigProperty(name = "tracker.login.client-limit", defaultValue = "100") int clientLimit,
                  @ConfigProperty(name = "tracker.login.failure-window", defaultValue = "PT15M") Duration window) {
        this.rule = new ThrottleRule(freeFailures, firstDelay, maxDelay, clientLimit, window);
    }

    /** Call inside a transaction; {@code accountId} null for an unknown username. */
    public boolean allowed(Long accountId, String username, String client) {
        Instant now = Instant.now(clock);
        return rule.allowed(seen(accountId, username, client, now.minus(rule.window())), now);
    }

    /**
     * {@link #allowed} for a known account, as one plain JDBC statement outside any persistence context:
     * asked on every HTTP Basic request (before a remembered password is trusted), so it stays cheap and
     * off the page's statement count, like {@link AccountIdentities#load}.
     */
    public boolean allowedNow(long accountId, String client) {
        Instant now = Instant.now(clock);
        OffsetDateTime since = OffsetDateTime.ofInstant(now.minus(rule.window()), ZoneOffset.UTC);
        String byClient = client == null ? "client_address is null" : "client_address = ?";
        String sql = "select (select count(*) from login_failure where account_id = ? and " + byClient + " and failed_at > ?),"
                + " (select max(failed_at) from login_failure where account_id = ? and " + byClient + " and failed_at > ?),"
                + " (select count(*) from login_failure where " + byClient + " and failed_at > ?),"
                + " (select min(failed_at) from login_failure where " + byClient + " and failed_at > ?)";
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            int i = 1;
            for (int part = 0; part < 4; part++) {
                if (part < 2) {
                    q.setLong(i++, accountId);
                }
                if (client != null) {
                    q.setString(i++, client);
                }
                q.setObject(i++, since);
            }
            try (ResultSet r = q.executeQuery()) {
                r.next();
                ThrottleRule.Seen seen = new ThrottleRule.Seen(r.getLong(1), instant(r.getObject(2, OffsetDateTime.class)),
                        r.getLong(3), instant(r.getObject(4, OffsetDateTime.class)));
                return rule.allowed(seen, now);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the login failures", e);
        }
    }

    private static Instant instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }

    /** True when this is the account's (or unknown name's) first failure in the window: audit that one. */
    public boolean recordFailure(Long accountId, String username, String client) {
        Instant now = Instant.now(clock);
        Instant since = now.minus(rule.window());
        long before = accountId != null
                ? LoginFailure.count("accountId = ?1 and failedAt > ?2", accountId, since)
                : LoginFailure.count("accountId is null and username = ?1 and failedAt > ?2", truncate(username), since);
        LoginFailure failure = new LoginFailure();
        failure.accountId = accountId;
        failure.username = truncate(username);
        failure.failedAt = now;
        failure.clientAddress = client;
        failure.persist();
        return before == 0;
    }

    /** A success from this client forgets this account's failures from it. */
    public void reset(long accountId, String client) {
        if (client == null) {
            LoginFailure.delete("accountId = ?1 and clientAddress is null", accountId);
        } else {
            LoginFailure.delete("accountId = ?1 and clientAddress = ?2", accountId, client);
        }
    }

    private ThrottleRule.Seen seen(Long accountId, String username, String client, Instant since) {
        String clientMatch = client == null ? "clientAddress is null" : "clientAddress = :client";
        String who = accountId != null ? "accountId = :account" : "accountId is null and username = :username";
        var account = Panache.getEntityManager().createQuery("select count(f), max(f.failedAt) from LoginFailure f where "
                + who + " and " + clientMatch + " and failedAt > :since", Object[].class);
        var byClient = Panache.getEntityManager().createQuery("select count(f), min(f.failedAt) from LoginFailure f where "
                + clientMatch + " and failedAt > :since", Object[].class);
        if (accountId != null) {
            account.setParameter("account", accountId);
        } else {
            account.setParameter("username", truncate(username));
        }
        if (client != null) {
            account.setParameter("client", client);
            byClient.setParameter("client", client);
        }
        Object[] a = account.setParameter("since", since).getSingleResult();
        Object[] c = byClient.setParameter("since", since).getSingleResult();
        return new ThrottleRule.Seen((Long) a[0], (Instant) a[1], (Long) c[0], (Instant) c[1]);
    }

    private static String truncate(String username) {
        return username.length() > 64 ? username.substring(0, 64) : username;
    }
}
