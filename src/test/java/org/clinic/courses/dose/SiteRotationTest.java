package org.clinic.courses.dose;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SiteRotationTest {
    static final List<String> SITES = List.of("LEFT_GLUTEAL", "RIGHT_GLUTEAL", "LEFT_THIGH", "RIGHT_THIGH");

    @ParameterizedTest(name = "after {0} comes {1}")
    @CsvSource(value = {"NULL, LEFT_GLUTEAL", "LEFT_GLUTEAL, RIGHT_GLUTEAL", "LEFT_THIGH, RIGHT_THIGH",
            "RIGHT_THIGH, LEFT_GLUTEAL", "LEFT_DELTOID, LEFT_GLUTEAL"}, nullValues = "NULL")
    void theNextSiteFollowsTheLastOneUsed(String last, String next) {
        assertEquals(next, SiteRotation.next(SITES, last));
    }

    @Test
    void noSitesNoSuggestion() {
        assertEquals("", SiteRotation.next(List.of(), "LEFT_GLUTEAL"));
    }
}
