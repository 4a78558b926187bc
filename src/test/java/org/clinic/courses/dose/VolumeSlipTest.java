package org.clinic.courses.dose;

import org.clinic.courses.catalog.DrugDefinition.RouteLimit;
import org.clinic.courses.course.Route;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.*;

class VolumeSlipTest {
    static final Optional<RouteLimit> INFUSION_50 = Optional.of(new RouteLimit(Route.IV_INFUSION, new BigDecimal("50"),
            new BigDecimal("100"), 15, 60, List.of("NaCl 0.9%"), List.of(), null));

    @ParameterizedTest(name = "{0} ml against a {1} ml order: asked {2}, over the limit {3}")
    @CsvSource({
            "30, 30, false, false",
            "30.00, 30, false, false",
            "300, 30, true, true",
            "3, 30, true, false",
            "29.99, 30, true, false",
            "50, 50, false, false",
            "50.01, 50, true, true",
            "60, 60, true, true",
    })
    void asksWhenTheVolumeIsNotTheOrderOrOverTheRouteLimit(String entered, String ordered, boolean asked, boolean over) {
        Optional<VolumeSlip> slip = VolumeSlip.of(new BigDecimal(entered), new BigDecimal(ordered), INFUSION_50);
        assertEquals(asked, slip.isPresent());
        slip.ifPresent(s -> assertEquals(over, s.overLimit()));
    }

    @Test
    void nothingToAskWithoutAVolume() {
        assertTrue(VolumeSlip.of(null, BigDecimal.TEN, INFUSION_50).isEmpty());
        assertTrue(VolumeSlip.of(BigDecimal.ZERO, BigDecimal.TEN, INFUSION_50).isEmpty());
        assertTrue(VolumeSlip.of(new BigDecimal("60"), null, Optional.empty()).isEmpty());
    }

    @ParameterizedTest(name = "confirmed \"{0}\" for 300 ml: {1}")
    @CsvSource(value = {"300, true", "300.00, true", " 300 , true", "30, false", "abc, false", "NULL, false"},
            nullValues = "NULL")
    void aConfirmationCountsOnlyForTheNumberItNames(String confirmed, boolean counts) {
        VolumeSlip slip = VolumeSlip.of(new BigDecimal("300"), new BigDecimal("30"), INFUSION_50).orElseThrow();
        assertEquals(counts, slip.confirmedBy(confirmed));
    }
}
