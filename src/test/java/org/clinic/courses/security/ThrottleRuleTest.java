package org.clinic.courses.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.*;

class ThrottleRuleTest {
    private static final ThrottleRule RULE = new ThrottleRule(5, Duration.ofSeconds(1), Duration.ofMinutes(5), 30,
            Duration.ofMinutes(15));
    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    @ParameterizedTest(name = "{0} failures wait {1} s")
    @CsvSource({"0,0", "4,0", "5,1", "6,2", "7,4", "13,256", "14,300", "60,300"})
    void theWaitDoublesAfterTheFreeFailuresUpToTheCeiling(long failures, long seconds) {
        assertEquals(Duration.ofSeconds(seconds), RULE.delayAfter(failures));
    }

    @Test
    void anAttemptWithinTheWaitIsNotChecked() {
        var seen = new ThrottleRule.Seen(6, NOW.minusSeconds(1), 6, NOW.minusSeconds(30));
        assertFalse(RULE.allowed(seen, NOW));
        assertTrue(RULE.allowed(seen, NOW.plusSeconds(1)));
    }

    @Test
    void fewFailuresNeverWait() {
        assertTrue(RULE.allowed(new ThrottleRule.Seen(4, NOW, 4, NOW), NOW));
        assertTrue(RULE.allowed(ThrottleRule.Seen.NONE, NOW));
    }

    @Test
    void aClientOverItsLimitWaitsForTheWindowWhateverTheAccount() {
        var seen = new ThrottleRule.Seen(0, null, 30, NOW.minusSeconds(60));
        assertEquals(NOW.minusSeconds(60).plus(Duration.ofMinutes(15)), RULE.nextAttempt(seen, NOW));
        assertTrue(RULE.allowed(new ThrottleRule.Seen(0, null, 29, NOW.minusSeconds(60)), NOW));
    }
}
