package org.clinic.courses.settings;

import org.clinic.courses.web.FieldError;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SettingsCheckTest {

    @ParameterizedTest
    @CsvSource({"AT,CLINIC1,", "pl, SZP.LODZ ,", "XY,CLINIC1,country", "AUT,CLINIC1,country", "AT,AT-1,senderId",
            "AT,,senderId", "AT,-x,senderId"})
    void countryIsIsoAlpha2AndTheSenderIdHasNoDash(String country, String sender, String invalid) {
        Settings s = new Settings("Clinic", null, country, sender, null).normalised();
        assertEquals(invalid == null ? "" : invalid,
                String.join(",", Settings.check(s).stream().map(FieldError::field).toList()));
    }
}
