package org.clinic.courses.worklist;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.clinic.courses.course.Route;
import org.clinic.courses.course.ScheduleType;
import org.clinic.courses.course.TreatmentCourse;
import org.clinic.courses.patient.Patient;
import org.clinic.courses.support.WebSession;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.clinic.courses.support.DoseFixtures.activeCourse;
import static org.clinic.courses.support.DoseFixtures.course;
import static org.clinic.courses.support.DoseFixtures.today;
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

    private static String ward(String name) {
        String code = "W" + UUID.randomUUID().toString().substring(0, 6);
        WebSession.apiAdmin().body("{\"code\":\"" + code + "\",\"name\":\"" + name + "\"}").post("/api/wards").then().statusCode(201);
        return code;
    }

    @Test
    void anUnknownMrnSaysNobodyHasIt() {
        String code = ward("Scan ward");
        String html = WebSession.nurse().request().queryParam("ward", code).queryParam("q", "]C1XX-9999")
                .get("/worklist").then().statusCode(200).extract().asString();
        assertThat(html, containsString("No patient with MRN XX-9999."));
        assertThat(html, not(containsString("No doses left to give today")));
    }

    @Test
    void aPatientWithoutABedOnThisWardIsSaidToBeElsewhereWithALinkToAllWards() {
        long course = course(Route.IV_INJECTION, "30", today().minusDays(1), 10, ScheduleType.DAILY, "Maeve", "O'Brien");
        Patient p = patientOf(course);
        String code = ward("Neurology ward 3");
        String html = WebSession.nurse().request().queryParam("ward", code).queryParam("q", "]C1" + p.mrn + "\r")
                .get("/worklist").then().statusCode(200).extract().asString();
        assertThat(html, containsString("Maeve O&#39;Brien (MRN " + p.mrn + ") is not on Neurology ward 3:"));
        assertThat(html, containsString("<a href=\"/worklist?ward=all&amp;q=" + p.mrn + "\">show all wards</a>"));
        assertThat(html, not(containsString("No doses left to give today")));
        // On all wards the row is there, and no excuse is made.
        String all = WebSession.nurse().request().queryParam("ward", "all").queryParam("q", p.mrn)
                .get("/worklist").then().statusCode(200).extract().asString();
        assertTrue(all.contains("id=\"row-" + course + "\""));
        assertThat(all, not(containsString("id=\"search-miss\"")));
    }

    @Test
    void theWorklistSearchIgnoresAccentsAndCase() {
        String family = "Müller" + UUID.randomUUID().toString().substring(0, 4);
        long course = course(Route.IV_INJECTION, "30", today().minusDays(1), 10, ScheduleType.DAILY, "Jürgen", family);
        String plain = family.replace("ü", "u").toUpperCase();
        String html = WebSession.nurse().request().queryParam("ward", "all").queryParam("q", plain)
                .get("/worklist").then().statusCode(200).extract().asString();
        assertTrue(html.contains("id=\"row-" + course + "\""), "found by " + plain);
        html = WebSession.nurse().request().queryParam("ward", "all").queryParam("q", "jurgen " + plain)
                .get("/worklist").then().statusCode(200).extract().asString();
        assertTrue(html.contains("id=\"row-" + course + "\""), "found by the full name");
    }
}
