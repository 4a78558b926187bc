package org.clinic.courses.report;

import io.quarkus.test.junit.QuarkusTest;
import org.clinic.courses.course.TreatmentCourse;
import org.clinic.courses.support.WebSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

/** The report page: who may see it, what the filters select, how bad filters come back. */
@QuarkusTest
class ReportPageTest {
    private static final String MARCH = "/reports?from=2025-03-01&to=2025-03-31";
    private static long patientA;
    private static long courseA;
    private static long headacheA;

    @BeforeAll
    static void seed() {
        LocalDate start = LocalDate.of(2025, 3, 1);
        TreatmentCourse a = ReportSeed.course("MRN-PAGE-A", start);
        patientA = a.patient.id;
        courseA = a.id;
        headacheA = ReportSeed.event(a, start.plusDays(1), "Headache", 1, false, false);
        ReportSeed.event(a, start.plusDays(2), "<b>x</b>", 2, false, false);
        ReportSeed.event(a, start.plusDays(3), "Vomiting", 3, true, false);
        ReportSeed.event(a, start.plusDays(4), "Rash", 1, false, true);
        TreatmentCourse b = ReportSeed.course("MRN-PAGE-B", start);
        ReportSeed.event(b, start.plusDays(5), "Nausea", 1, false, false);
        ReportSeed.event(b, LocalDate.of(2025, 4, 2), "Dizziness", 1, false, false);
    }

    @Test
    void physicianSeesThePreviewWithCountsAndDownloads() {
        String html = WebSession.physician().page(MARCH);
        assertTrue(html.contains("Headache") && html.contains("Vomiting") && html.contains("Nausea"), html);
        assertFalse(html.contains("Dizziness"), "April is outside the period");
        assertFalse(html.contains("Rash"), "voided events are left out");
        assertTrue(html.contains("<strong>4</strong> adverse events match"), html);
        assertTrue(html.contains("<strong>1</strong> voided record is left out"), html);
        assertTrue(html.contains("MRN-PAGE-A"));
        for (String format : new String[]{"csv", "pdf", "fhir"}) {
            assertTrue(html.contains("href=\"/reports/download?format=" + format + "&amp;from=2025-03-01&amp;to=2025-03-31\""),
                    "download link for " + format);
        }
    }

    /** Review finding: the page said "CT-6" where every export names the report by its case id. */
    @Test
    void rowsCarryTheCaseIdTheExportsUse() {
        String html = WebSession.physician().page(MARCH);
        assertFalse(html.contains(">CT-"), html);
        assertTrue(html.matches("(?s).*<td>[A-Z]{2}-[^<]*-" + courseA + "-AE" + headacheA + "</td>.*"), html);
    }

    @Test
    void termsAreEscaped() {
        String html = WebSession.physician().page(MARCH);
        assertTrue(html.contains("&lt;b&gt;x&lt;/b&gt;"), html);
        assertFalse(html.contains("<b>x</b>"));
    }

    @Test
    void datesDefaultToTheLast30Days() {
        String html = WebSession.physician().page("/reports");
        LocalDate today = LocalDate.now();
        assertTrue(html.contains("name=\"from\" type=\"date\" value=\"" + today.minusDays(30) + "\""), html);
        assertTrue(html.contains("name=\"to\" type=\"date\" value=\"" + today + "\""), html);
        assertTrue(html.contains("<option value=\"cerebrolysin\">Cerebrolysin</option>"), "drug select from the catalog");
    }

    @Test
    void filtersSelectSeriousPatientAndDrug() {
        WebSession physician = WebSession.physician();
        String serious = physician.page(MARCH + "&seriousOnly=true");
        assertTrue(serious.contains("Vomiting"));
        assertFalse(serious.contains("Headache") || serious.contains("Nausea"));
        assertTrue(serious.contains("seriousOnly=true\""), "downloads keep the filter");

        String byMrn = physician.page(MARCH + "&patient=mrn-page-b");
        assertTrue(byMrn.contains("Nausea"));
        assertFalse(byMrn.contains("Headache"));
        assertTrue(byMrn.contains("<strong>0</strong> voided records are left out"), byMrn);

        String byId = physician.page(MARCH + "&patient=" + patientA + "&drug=cerebrolysin");
        assertTrue(byId.contains("Headache") && byId.contains("Vomiting"));
        assertFalse(byId.contains("Nausea"));
        assertTrue(byId.contains("<option value=\"cerebrolysin\" selected>"));
    }

    @Test
    void nursesAndAdminsAreRefusedAndStrangersSentToLogin() {
        for (WebSession other : new WebSession[]{WebSession.nurse(), WebSession.admin()}) {
            other.request().get(MARCH).then().statusCode(403);
            other.request().get("/reports/download?format=csv&from=2025-03-01&to=2025-03-31").then().statusCode(403);
        }
        WebSession.anonymous().request().get(MARCH).then().statusCode(302).header("Location", containsString("/login"));
    }

    @Test
    void badFiltersComeBackWithFieldMessages() {
        String html = WebSession.physician().request()
                .get("/reports?from=yesterday&to=2025-02-30&drug=aspirin&patient=NO-SUCH-MRN&seriousOnly=maybe")
                .then().statusCode(400).contentType(containsString("text/html")).extract().asString();
        for (String field : new String[]{"from", "to", "drug", "patient", "seriousOnly"}) {
            assertTrue(html.contains("id=\"" + field + "-error\""), field + " error shown: " + html);
        }
        assertTrue(html.contains("value=\"yesterday\""), "what was typed is shown again");
        assertTrue(html.contains("Please correct the 5 fields"), html);
        assertFalse(html.contains("id=\"preview\""));

        String reversed = WebSession.physician().request().get("/reports?from=2025-03-31&to=2025-03-01")
                .then().statusCode(400).extract().asString();
        assertTrue(reversed.contains("must not be before from"));
        String tooLong = WebSession.physician().request().get(MARCH + "&patient=" + "9".repeat(150))
                .then().statusCode(400).extract().asString();
        assertTrue(tooLong.contains("id=\"patient-error\""));
    }
}
