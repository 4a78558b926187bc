package org.clinic.courses.support;

import io.quarkus.arc.Arc;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The clinic clock in tests: the real time in the clinic's zone, moved on by {@link #advance} when a
 * test needs time to pass between two taps (the page loaded at 09:00, Given tapped at 09:07).
 * Tests that move it put it back with {@link #reset}.
 */
@ApplicationScoped
public class TestClock {
    private static volatile Duration offset = Duration.ZERO;

    @ConfigProperty(name = "tracker.clinic-zone")
    Optional<String> clinicZone;

    @Produces
    @Alternative
    @Priority(1)
    @ApplicationScoped
    Clock testClock() {
        ZoneId zone = clinicZone.filter(z -> !z.isBlank()).map(ZoneId::of).orElse(ZoneId.systemDefault());
        return new Moved(zone);
    }

    public static void advance(Duration by) {
        offset = offset.plus(by);
    }

    public static void reset() {
        offset = Duration.ZERO;
    }

    public static Clock clock() {
        return Arc.container().instance(Clock.class).get();
    }

    private static final class Moved extends Clock {
        private final ZoneId zone;

        Moved(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId z) {
            return new Moved(z);
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(offset);
        }
    }
}
