package org.clinic.courses.cluster;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SchedulePeriodTest {
    private final SchedulePeriod quarterHour = new SchedulePeriod(Duration.ofMinutes(15));

    @ParameterizedTest
    @CsvSource({
            "2026-12-01T10:00:00Z, 2026-12-01T10:00:00Z",
            "2026-12-01T10:14:59.999Z, 2026-12-01T10:00:00Z",
            "2026-12-01T10:15:00Z, 2026-12-01T10:15:00Z",
            "2026-12-01T23:59:59Z, 2026-12-01T23:45:00Z"})
    void twoInstantsOfOnePeriodNameTheSamePeriod(String at, String expected) {
        assertEquals(Instant.parse(expected), quarterHour.startOf(Instant.parse(at)));
    }

    @ParameterizedTest
    @CsvSource({"PT0S", "-PT1M"})
    void aPeriodMustLastLongerThanZero(String length) {
        assertThrows(IllegalArgumentException.class, () -> new SchedulePeriod(Duration.parse(length)));
    }
}
