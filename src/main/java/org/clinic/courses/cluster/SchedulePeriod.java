package org.clinic.courses.cluster;

import java.time.Duration;
import java.time.Instant;

/**
 * The period of a scheduled job that an instant falls in: periods are counted from the epoch, so
 * every instance of the cluster names the same period for the same moment, whenever it started.
 */
public record SchedulePeriod(Duration length) {
    public SchedulePeriod {
        if (length.isNegative() || length.isZero()) {
            throw new IllegalArgumentException("a period must be longer than zero: " + length);
        }
    }

    /** Start of the period holding {@code at}. */
    public Instant startOf(Instant at) {
        long millis = length.toMillis();
        return Instant.ofEpochMilli(Math.floorDiv(at.toEpochMilli(), millis) * millis);
    }
}
