package org.clinic.courses.safety;

import org.clinic.courses.course.Route;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.clinic.courses.safety.FlagCode.*;
import static org.junit.jupiter.api.Assertions.*;

class DoseRulesTest {

    @ParameterizedTest
    @CsvSource({
            "IM_INJECTION, 5,    0",
            "IM_INJECTION, 5.1,  1",
            "IV_INJECTION, 10,   0",
            "IV_INJECTION, 10.5, 1",
            "IV_INFUSION,  50,   0",
            "IV_INFUSION,  51,   1",
    })
    void volumeAboveTheRouteLimit(Route route, String volume, int expected) {
        Fixture f = new Fixture();
        f.course.route = route;
        f.course.dailyVolumeMl = new BigDecimal("50");
        f.give(2, route, volume, route == Route.IV_INFUSION ? "100" : null, route == Route.IV_INFUSION ? 30 : null);
        assertEquals(expected, f.findings(ROUTE_VOLUME_EXCEEDED).size());
    }

    @Test
    void routeVolumeMessageAndLink() {
        Fixture f = new Fixture();
        f.course.route = Route.IM_INJECTION;
        var a = f.give(2, Route.IM_INJECTION, "5.1", null, null);
        FlagFinding finding = f.findings(ROUTE_VOLUME_EXCEEDED).get(0);
        assertEquals("IM injection of 5.1 ml on day 2 is above the 5 ml limit per administration for this route",
                finding.message());
        assertEquals(a.id, finding.administrationId());
        assertEquals(FlagSeverity.CRITICAL, finding.severity());
        a.voided = true;
        assertTrue(f.findings(ROUTE_VOLUME_EXCEEDED).isEmpty());
    }

    @ParameterizedTest
    @CsvSource({"30, 69, 1", "30, 70, 0", "50, 50, 0", "30, , 1"})
    void infusionTotalBelowTheMinimumDilution(String volume, String diluent, int expected) {
        Fixture f = new Fixture();
        f.course.dailyVolumeMl = new BigDecimal("50");
        f.give(2, Route.IV_INFUSION, volume, diluent, 20);
        assertEquals(expected, f.findings(INFUSION_UNDER_DILUTED).size());
    }

    @Test
    void dilutionMessage() {
        Fixture f = new Fixture();
        f.give(2, Route.IV_INFUSION, "30", "69", 20);
        assertEquals("Infusion on day 2 totalled 99 ml (30 ml drug + 69 ml diluent), below the minimum of 100 ml",
                f.findings(INFUSION_UNDER_DILUTED).get(0).message());
    }

    @ParameterizedTest
    @CsvSource({"14, 1", "15, 0", "60, 0", "1, 1"})
    void infusionShorterThanTheMinimumDuration(int minutes, int expected) {
        Fixture f = new Fixture();
        f.give(2, Route.IV_INFUSION, "30", "100", minutes);
        assertEquals(expected, f.findings(INFUSION_TOO_FAST).size());
    }

    @Test
    void injectionsAreNotJudgedAsInfusions() {
        Fixture f = new Fixture();
        f.course.route = Route.IV_INJECTION;
        f.course.dailyVolumeMl = new BigDecimal("10");
        f.give(2, Route.IV_INJECTION, "10", null, 3);
        assertTrue(f.findings(INFUSION_UNDER_DILUTED).isEmpty());
        assertTrue(f.findings(INFUSION_TOO_FAST).isEmpty());
    }

    @ParameterizedTest(name = "{0} ml prescribed, {1} ml given -> {2}")
    @CsvSource({
            "30, 30, 0",
            "30, 30.5, 1", // above the prescription at once
            "50, 50, 0",
            "50, 51, 1",   // above the drug's daily maximum (and the route's)
            "10, 10, 0",
            "10, 9.5, 1",  // below the daily minimum on a day that has ended
    })
    void dailyVolumeOnAnEndedDay(String prescribed, String given, int expected) {
        Fixture f = new Fixture();
        f.course.dailyVolumeMl = new BigDecimal(prescribed);
        f.give(2, Route.IV_INFUSION, given, "100", 20);
        assertEquals(expected, f.findings(DAILY_VOLUME_OUT_OF_RANGE).size());
    }

    @Test
    void belowTheMinimumWaitsForTheDayToEndButAboveIsFlaggedAtOnce() {
        Fixture f = new Fixture();
        f.today = Fixture.day(2);
        f.give(2, Route.IV_INFUSION, "5", "100", 20);
        assertTrue(f.findings(DAILY_VOLUME_OUT_OF_RANGE).isEmpty(), "day 2 is still in progress");
        f.today = Fixture.day(3);
        assertEquals("5 ml given on day 2 (2026-11-21), below the daily minimum of 10 ml",
                f.findings(DAILY_VOLUME_OUT_OF_RANGE).get(0).message());

        Fixture g = new Fixture();
        g.today = Fixture.day(2);
        g.give(2, Route.IV_INFUSION, "31", "100", 20);
        assertEquals("31 ml given on day 2 (2026-11-21), above the prescribed 30 ml",
                g.findings(DAILY_VOLUME_OUT_OF_RANGE).get(0).message());
    }

    @Test
    void dailyVolumeIsTheSumOfGivenDosesOnTheClinicDay() {
        Fixture f = new Fixture();
        f.course.route = Route.IM_INJECTION;
        f.course.dailyVolumeMl = new BigDecimal("10");
        f.give(2, Route.IM_INJECTION, "5", null, null);
        var second = f.give(2, Route.IM_INJECTION, "5", null, null);
        second.administeredAt = second.administeredAt.plusSeconds(3600);
        assertTrue(f.findings(DAILY_VOLUME_OUT_OF_RANGE).isEmpty());
        var third = f.give(2, Route.IM_INJECTION, "1", null, null);
        third.administeredAt = third.administeredAt.plusSeconds(7200);
        FlagFinding high = f.findings(DAILY_VOLUME_OUT_OF_RANGE).get(0);
        assertEquals(third.id, high.administrationId(), "the dose that crossed the limit");
        third.voided = true;
        assertTrue(f.findings(DAILY_VOLUME_OUT_OF_RANGE).isEmpty());
    }

    @Test
    void heldDosesAreNotVolume() {
        Fixture f = new Fixture();
        f.held(2);
        assertTrue(f.findings(DAILY_VOLUME_OUT_OF_RANGE).isEmpty(), "a held day is not a low-volume day");
        assertTrue(f.findings(DUPLICATE_DOSE).isEmpty());
    }

    @Test
    void secondGivenDoseOnADayIsADuplicate() {
        Fixture f = new Fixture();
        f.infusion(2);
        assertTrue(f.findings(DUPLICATE_DOSE).isEmpty());
        f.held(3);
        f.infusion(3);
        assertTrue(f.findings(DUPLICATE_DOSE).isEmpty(), "HELD then GIVEN is one dose");
        var second = f.infusion(2);
        second.administeredAt = second.administeredAt.plusSeconds(4 * 3600);
        var third = f.infusion(2);
        third.administeredAt = third.administeredAt.plusSeconds(6 * 3600);
        var duplicates = f.findings(DUPLICATE_DOSE);
        assertEquals(1, duplicates.size(), "one flag per day however many extra doses");
        assertEquals(second.id, duplicates.get(0).administrationId());
        assertEquals(2, duplicates.get(0).courseDay());
        second.voided = true;
        assertEquals(third.id, f.findings(DUPLICATE_DOSE).get(0).administrationId());
        third.voided = true;
        assertTrue(f.findings(DUPLICATE_DOSE).isEmpty());
    }

    @Test
    void aDailyVolumeAboveOneInjectionsLimitTakesSeveralInjections() {
        Fixture f = new Fixture();
        f.course.route = org.clinic.courses.course.Route.IM_INJECTION;
        f.course.dailyVolumeMl = new java.math.BigDecimal("10"); // IM: at most 5 ml an injection
        var first = f.give(2, f.course.route, "5", null, null);
        var second = f.give(2, f.course.route, "5", null, null);
        second.administeredAt = first.administeredAt.plusSeconds(3600);
        assertTrue(f.findings(DUPLICATE_DOSE).isEmpty(), "two 5 ml injections make one 10 ml day");
        var third = f.give(2, f.course.route, "5", null, null);
        third.administeredAt = first.administeredAt.plusSeconds(7200);
        var duplicates = f.findings(DUPLICATE_DOSE);
        assertEquals(1, duplicates.size(), "a third injection is one too many");
        assertEquals(third.id, duplicates.get(0).administrationId());
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"5, 1", "5.1, 2", "10, 2", "10.5, 3", "30, 6"})
    void injectionsADayFollowTheRouteLimit(String dailyMl, int expected) {
        Fixture f = new Fixture();
        f.course.route = org.clinic.courses.course.Route.IM_INJECTION;
        f.course.dailyVolumeMl = new java.math.BigDecimal(dailyMl);
        assertEquals(expected, org.clinic.courses.safety.rules.DailyDoseRules.administrationsPerDay(f.snapshot()));
    }

    @Test
    void dosesFallOnTheClinicZoneDay() {
        Fixture f = new Fixture();
        var late = f.infusion(2);
        late.administeredAt = Fixture.at(Fixture.day(2), 23, 30);
        var early = f.infusion(3);
        early.administeredAt = Fixture.at(Fixture.day(3), 0, 30);
        assertTrue(f.findings(DUPLICATE_DOSE).isEmpty(), "23:30 and 00:30 Vienna time are different days");
    }
}
