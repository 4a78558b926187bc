package org.clinic.courses.dose;

import io.quarkus.test.junit.QuarkusTest;
import org.clinic.courses.course.Route;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;

import static org.clinic.courses.support.DoseFixtures.*;
import static org.clinic.courses.support.WebSession.apiNurse;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@code scan} on POST /api/courses/{id}/administrations, as docs/api.md "Additions" says. */
@QuarkusTest
class ScanApiTest {
    static final char GS = 29;
    static final String CEREBROLYSIN_10ML = "02000001000021";
    static final String CORTEXIN = "02000002000013";

    static String yymmdd(LocalDate d) {
        return d.format(DateTimeFormatter.ofPattern("yyMMdd"));
    }

    static Map<String, Object> dose(String scan) {
        Map<String, Object> body = new HashMap<>(Map.of("administeredAt", earlierToday(60).toString(),
                "route", "IV_INJECTION", "volumeMl", 10, "status", "GIVEN"));
        body.put("scan", scan);
        return body;
    }

    static String path(long course) {
        return "/api/courses/" + course + "/administrations";
    }

    @Test
    void aScannedPackFillsAndStoresGtinLotExpiryAndSerial() {
        long course = activeCourse(Route.IV_INJECTION, "10");
        LocalDate expiry = today().plusMonths(8).withDayOfMonth(1);
        String scan = "]d201" + CEREBROLYSIN_10ML + "17" + yymmdd(expiry).substring(0, 4) + "00" + "10LOT-77A" + GS + "21SN123456";
        int id = apiNurse().body(dose(scan)).post(path(course)).then().statusCode(201)
                .body("gtin", equalTo(CEREBROLYSIN_10ML)).body("lotNumber", equalTo("LOT-77A"))
                .body("serialNumber", equalTo("SN123456"))
                .body("expiryDate", equalTo(expiry.withDayOfMonth(expiry.lengthOfMonth()).toString()))
                .extract().path("id");
        apiNurse().get("/api/administrations/" + id).then().statusCode(200)
                .body("gtin", equalTo(CEREBROLYSIN_10ML)).body("serialNumber", equalTo("SN123456"));
    }

    @Test
    void anotherDrugsPackIsRefusedAsTheWrongDrug() {
        long course = activeCourse(Route.IV_INJECTION, "10");
        apiNurse().body(dose("01" + CORTEXIN + "17" + yymmdd(today().plusYears(1)) + "10L1")).post(path(course))
                .then().statusCode(409).body("errors[0].message", containsString("Wrong drug"));
        assertEquals(0, administrations(course));
    }

    @Test
    void anExpiredPackIsRefused() {
        long course = activeCourse(Route.IV_INJECTION, "10");
        apiNurse().body(dose("01" + CEREBROLYSIN_10ML + "17" + yymmdd(today().minusDays(1)) + "10L1")).post(path(course))
                .then().statusCode(409).body("errors[0].message", containsString("Expired pack"));
        // expiring today is still good today
        apiNurse().body(dose("01" + CEREBROLYSIN_10ML + "17" + yymmdd(today()) + "10L1")).post(path(course))
                .then().statusCode(201);
        assertEquals(1, administrations(course));
    }

    @Test
    void anUnreadableScanIsA400OnScan() {
        long course = activeCourse(Route.IV_INJECTION, "10");
        apiNurse().body(dose("01" + "09008732001014" + "10L1")).post(path(course))
                .then().statusCode(400).body("errors.field", hasItem("scan"));
        apiNurse().body(dose("not a code")).post(path(course)).then().statusCode(400).body("errors.field", hasItem("scan"));
        assertEquals(0, administrations(course));
    }

    @Test
    void explicitFieldsThatDisagreeWithTheScanAreA400() {
        long course = activeCourse(Route.IV_INJECTION, "10");
        Map<String, Object> body = dose("01" + CEREBROLYSIN_10ML + "17" + yymmdd(today().plusYears(1)) + "10LOT-A");
        body.put("lotNumber", "LOT-B");
        body.put("gtin", CORTEXIN);
        apiNurse().body(body).post(path(course)).then().statusCode(400)
                .body("errors.field", hasItems("lotNumber", "gtin"));
        body.put("lotNumber", "LOT-A");
        body.put("gtin", CEREBROLYSIN_10ML);
        apiNurse().body(body).post(path(course)).then().statusCode(201).body("lotNumber", equalTo("LOT-A"));
    }
}
