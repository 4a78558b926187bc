package org.clinic.courses.worklist;

import org.clinic.courses.course.Route;
import org.clinic.courses.support.WebSession;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.clinic.courses.worklist.BedsideSafetyTest.*;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A pack's scan ended by the scanner's Enter reads the pack into the row and saves nothing; Give then saves
 * it. A lot that ran into the serial (no group separator) is warned about at the lot field before saving.
 */
@QuarkusTest
class PackReadTest {
    private static final String RUN_ON = "]d201020000010000141727123110LOT77A21SER0001";

    private static Map<String, String> fields(String shown, String token, String scan, String lot) {
        return new java.util.HashMap<>(Map.of("status", "GIVEN", "route", "IV_INJECTION", "administeredAt", shown,
                "shownAt", shown, "volumeMl", "10", "submissionToken", token, "scan", scan, "lotNumber", lot));
    }

    @Test
    void enterInTheScanFieldReadsThePackAndWarnsOfARunOnLotBeforeSaving() {
        long course = due("Pack" + UUID.randomUUID().toString().substring(0, 6), Route.IV_INJECTION, "10");
        WebSession nurse = WebSession.nurse();
        String shown = hidden(row(nurse.page("/worklist?ward=all"), course), "shownAt");
        String token = UUID.randomUUID().toString();
        Map<String, String> read = fields(shown, token, RUN_ON, "");
        read.put("read", "pack");
        String answer = post(nurse, course, read).then().statusCode(200).extract().asString();
        assertEquals(0, stored(course).size(), "reading the pack saves nothing");
        assertThat(answer, containsString(
                "Read from the pack: lot LOT77A21SER0001, expiry 2027-12-31, GTIN 02000001000014. Check it, then tap Give."));
        assertThat(answer, containsString("The lot may include the serial number: check the lot on the pack"));
        assertThat(answer, containsString("name=\"lotNumber\" maxlength=\"40\" value=\"LOT77A21SER0001\" aria-invalid=\"true\""));
        assertThat(answer, containsString("data-read=\"true\""));
        assertThat(answer, not(containsString("data-saved")));

        // Give (the tap after the read) saves it, with the lot the field shows.
        post(nurse, course, fields(shown, token, RUN_ON, "LOT77A21SER0001")).then().statusCode(200)
                .body(containsString("Recorded"));
        assertEquals("LOT77A21SER0001", stored(course).get(0).lotNumber);
    }

    @Test
    void aPackWithItsSeparatorsReadsWithoutWarningAndAnUnreadableOneIsAFieldError() {
        long course = due("Pack" + UUID.randomUUID().toString().substring(0, 6), Route.IV_INJECTION, "10");
        WebSession nurse = WebSession.nurse();
        String shown = hidden(row(nurse.page("/worklist?ward=all"), course), "shownAt");
        Map<String, String> read = fields(shown, UUID.randomUUID().toString(),
                "]d201020000010000141727123110LOT77A\u001d21SER0001", "");
        read.put("read", "pack");
        String answer = post(nurse, course, read).then().statusCode(200).extract().asString();
        assertThat(answer, containsString("Read from the pack: lot LOT77A, expiry 2027-12-31, GTIN 02000001000014, serial SER0001."));
        assertThat(answer, not(containsString("may include the serial")));
        read.put("scan", "]d201020000010000");
        answer = post(nurse, course, read).then().statusCode(200).extract().asString();
        assertThat(answer, containsString("id=\"scan-" + course + "-error\">Not readable"));
        assertEquals(0, stored(course).size());
    }
}
