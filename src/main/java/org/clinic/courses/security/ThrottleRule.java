package org.clinic.courses.security;

import java.time.Duration;
import java.time.Instant;

/**
 * When the next login attempt may be checked (ASVS 6.3.1 throttling instead of a lock-out that
 * anyone could turn against a nurse). Failures count per account and client: the first few are
 * free, then each one doubles the wait, up to a ceiling. A client with too many failures in the
 * window, over all accounts, waits until the window has passed.
 */
public record ThrottleRule(int freeFailures, Duration firstDelay, Duration maxDelay, int clientLimit, Duration window) {

    /** Failures seen in the window for one account from one client, and for that client overall. */
    public record Seen(long accountFailures, Instant lastAccountFailure, long clientFailures, Instant firstClientFailure) {
        public static final Seen NONE = new Seen(0, null, 0, null);
    }

    /** The earliest instant at which an attempt is checked; {@code now} or earlier means now. */
    public Instant nextAttempt(Seen seen, Instant now) {
        Instant next = now;
        if (seen.clientFailures() >= clientLimit && seen.firstClientFailure() != null) {
            next = later(next, seen.firstClientFailure().plus(window));
        }
        if (seen.accountFailures() >= freeFailures && seen.lastAccountFailure() != null) {
            next = later(next, seen.lastAccountFailure().plus(delayAfter(seen.accountFailures())));
        }
        return next;
    }

    public boolean allowed(Seen seen, Instant now) {
        return !nextAttempt(seen, now).isAfter(now);
    }

    /** The wait after the n-th failure: none for the free ones, then doubling from the first delay. */
    public Duration delayAfter(long failures) {
        if (failures < freeFailures) {
            return Duration.ZERO;
        }
        long doublings = Math.min(failures - freeFailures, 30);
        Duration delay = firstDelay.multipliedBy(1L << doublings);
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }

    private static Instant later(Instant a, Instant b) {
        return b.isAfter(a) ? b : a;
    }
}
