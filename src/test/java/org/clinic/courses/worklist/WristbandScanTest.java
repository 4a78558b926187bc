package org.clinic.courses.worklist;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.clinic.courses.course.Route;
import org.clinic.courses.course.TreatmentCourse;
import org.clinic.courses.patient.Patient;
import org.clinic.courses.support.WebSession;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.clinic.courses.support.DoseFixtures.activeCourse;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

/**
 * A wristband scanned into the worklist search or the patients search, as keyboard-wedge scanners send it:
 * the AIM symbology identifier first, maybe group separators, a CR/LF at the end. The MRN still finds
 * the patient. And /patients finds a patient by the bed they lie in.
 */
@QuarkusTest
class WristbandScanTest {
    private static final String GS = "\u001d";

    static Patient patientOf(long course) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Patient p = TreatmentCourse.<TreatmentCourse>findById(course).patient;
            p.familyName.length(); // loaded inside the transaction
            return p;
        });
    }

    @Test
    void aScannedWristbandFindsTheWorklistRow() {
        long course = activeCourse(Route.IV_INJECTION, "10");
        String mrn = patientOf(course).mrn;
        WebSession nurse = WebSession.nurse();
        for (String scanned : new String[]{"]C1" + mrn + "\r", "]d2" + mrn + GS + "\r\n", "]Q3" + GS + mrn, "]C0" + mrn}) {
            String html = nurse.request().queryParam("ward", "all").queryParam("q", scanned).get("/worklist")
                    .then().statusCode(200).extract().asString();
            assertTrue(html.contains("id=\"row-" + course + "\""), "the row for " + scanned.replace(GS, "<GS>"));
            assertTrue(html.contains("value=\"" + mrn + "\""), "the search box shows the MRN alone");
        }
    }

    @Test
    void theToolbarSendsTheMrnWithoutTheScannersCharacters() {
        long course = activeCourse(Route.IV_INJECTION, "10");
        String mrn = patientOf(course).mrn;
        WebSession nurse = WebSession.nurse();
        nurse.page("/worklist?ward=all");
        String to = nurse.postFormExpectRedirect("/worklist/view", "ward", "all", "sort", "bed", "show", "all",
                "q", "]C1" + mrn + GS + "\r\n");
        assertThat(to, endsWith("&q=" + mrn));
    }

    @Test
    void aScannedWristbandFindsThePatientOnThePatientsPageAndInTheApi() {
        long course = activeCourse(Route.IV_INJECTION, "10");
        Patient p = patientOf(course);
        WebSession nurse = WebSession.nurse();
        for (String scanned : new String[]{"]C1" + p.mrn + "\r\n", "]d1" + GS + p.mrn, "]Q3" + p.mrn + "\n"}) {
            String html = nurse.request().queryParam("q", scanned).get("/patients").then().statusCode(200).extract().asString();
            assertTrue(html.contains("href=\"/patients/" + p.id + "\""), "found by " + scanned.replace(GS, "<GS>"));
            WebSession.apiNurse().queryParam("q", scanned).get("/api/patients").then().statusCode(200)
                    .body("id", contains(p.id.intValue()));
        }
    }

    @Test
    void thePatientsPageFindsByBed() {
        long course = activeCourse(Route.IV_INJECTION, "10");
        Patient p = patientOf(course);
        String ward = "W" + UUID.randomUUID().toString().substring(0, 6);
        WebSession.apiAdmin().body("{\"code\":\"" + ward + "\",\"name\":\"Scan ward\"}").post("/api/wards").then().statusCode(201);
        String bed = "B" + UUID.randomUUID().toString().substring(0, 5).toUpperCase();
        WebSession.apiNurse().body("{\"ward\":\"" + ward + "\",\"bed\":\"" + bed + "\"}").post("/api/beds/" + p.id)
                .then().statusCode(200);
        String html = WebSession.nurse().request().queryParam("q", bed.toLowerCase()).get("/patients")
                .then().statusCode(200).extract().asString();
        assertTrue(html.contains("href=\"/patients/" + p.id + "\""), "found by bed " + bed);
        // After a transfer the old bed no longer finds the patient.
        WebSession.apiNurse().body("{\"ward\":\"" + ward + "\",\"bed\":\"" + bed + "X\"}").post("/api/beds/" + p.id)
                .then().statusCode(200);
        WebSession.apiNurse().queryParam("q", bed).get("/api/patients").then().statusCode(200)
                .body("id", not(hasItem(p.id.intValue())));
    }
}
