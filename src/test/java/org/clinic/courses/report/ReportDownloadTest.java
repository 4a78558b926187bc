package org.clinic.courses.report;

import ca.uhn.fhir.context.FhirContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.clinic.courses.audit.AuditEvent;
import org.clinic.courses.course.TreatmentCourse;
import org.clinic.courses.support.WebSession;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.ResourceType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

/** Downloads from the page (form login) and the API (Basic): types, voided counts, audit lines. */
@QuarkusTest
class ReportDownloadTest {
    private static final String JUNE = "from=2025-06-01&to=2025-06-30";

    @BeforeAll
    static void seed() {
        LocalDate start = LocalDate.of(2025, 6, 1);
        TreatmentCourse c = ReportSeed.course("MRN-DOWNLOAD-1", start);
        ReportSeed.event(c, start.plusDays(1), "Headache", 1, false, false);
        ReportSeed.event(c, start.plusDays(2), "Fatigue", 2, false, false);
        ReportSeed.event(c, start.plusDays(3), "Vomiting", 3, true, false);
        ReportSeed.event(c, start.plusDays(3), "Rash", 1, false, true);
        ReportSeed.event(c, start.plusDays(4), "Itching", 1, false, true);
    }

    private static Response pageDownload(String format) {
        return WebSession.physician().request().get("/reports/download?format=" + format + "&" + JUNE);
    }

    @Test
    void csvFromThePageIsAttachedCountedAndAudited() throws Exception {
        Response r = pageDownload("csv");
        r.then().statusCode(200).contentType(containsString("text/csv"))
                .header("Content-Disposition", equalTo("attachment; filename=\"adverse-events-2025-06-01_2025-06-30.csv\""))
                .header(ReportExporter.VOIDED_HEADER, equalTo("2"));
        List<CSVRecord> rows;
        try (var reader = new InputStreamReader(BOMInputStream.builder()
                .setInputStream(new ByteArrayInputStream(r.asByteArray())).get(), StandardCharsets.UTF_8)) {
            rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
        assertEquals(List.of("Headache", "Fatigue", "Vomiting"), rows.stream().map(x -> x.get("reaction")).toList());

        AuditEvent audit = lastExportAudit();
        assertEquals("physician", audit.username);
        assertEquals(ReportExporter.AUDIT_TARGET, audit.targetType);
        assertNotNull(audit.occurredAt);
        assertNotNull(audit.clientAddress, "client address captured before streaming");
        for (String part : List.of("format=csv", "from=2025-06-01", "to=2025-06-30", "rows=3", "voidedExcluded=2", "via=page")) {
            assertTrue(audit.detail.contains(part), part + " in " + audit.detail);
        }
    }

    @Test
    void pdfSaysOnItsCoverHowManyVoidedRecordsWereLeftOut() throws Exception {
        Response r = pageDownload("pdf");
        r.then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", containsString("filename=\"adverse-events-2025-06-01_2025-06-30.pdf\""))
                .header(ReportExporter.VOIDED_HEADER, equalTo("2"));
        try (PDDocument pdf = Loader.loadPDF(r.asByteArray())) {
            assertEquals(3, pdf.getNumberOfPages(), "a cover, the one case's CIOMS form and its continuation page");
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setEndPage(1);
            String cover = stripper.getText(pdf);
            assertTrue(cover.contains("3 adverse events reported; 2 voided records matching the same filters left out."), cover);
        }
        assertTrue(lastExportAudit().detail.contains("format=pdf"));
        assertTrue(lastExportAudit().detail.contains("rows=3"));
    }

    @Test
    void fhirBundleOpensWithAnOperationOutcomeCountingTheVoided() {
        Response r = pageDownload("fhir");
        r.then().statusCode(200).contentType(containsString("application/fhir+json"))
                .header("Content-Disposition", containsString(".json\""));
        Bundle bundle = FhirContext.forR4Cached().newJsonParser().parseResource(Bundle.class, r.asString());
        OperationOutcome summary = (OperationOutcome) bundle.getEntryFirstRep().getResource();
        assertEquals("Voided records excluded: 2", summary.getIssueFirstRep().getDetails().getText());
        assertEquals(3, bundle.getEntry().stream()
                .filter(e -> e.getResource().getResourceType() == ResourceType.AdverseEvent).count());
    }

    @Test
    void badDownloadsComeBackAsTheFormWith400() {
        String html = WebSession.physician().request().get("/reports/download?format=xml&from=soon&" + "to=2025-06-30")
                .then().statusCode(400).contentType(containsString("text/html")).extract().asString();
        assertTrue(html.contains("id=\"format-error\"") && html.contains("id=\"from-error\""), html);
        WebSession.physician().request().get("/reports/download?" + JUNE).then().statusCode(400)
                .body(containsString("is required: csv, fhir or pdf"));
    }

    @Test
    void apiExportsAreAuditedWithTheBasicUser() {
        RestAssured.given().auth().preemptive().basic("physician", "physician-demo")
                .get("/api/reports/adverse-events?format=csv&seriousOnly=true&" + JUNE)
                .then().statusCode(200).header(ReportExporter.VOIDED_HEADER, equalTo("0"))
                .body(containsString("Vomiting"), not(containsString("Headache")));
        AuditEvent audit = lastExportAudit();
        assertEquals("physician", audit.username);
        for (String part : List.of("format=csv", "seriousOnly=true", "rows=1", "voidedExcluded=0", "via=api")) {
            assertTrue(audit.detail.contains(part), part + " in " + audit.detail);
        }
    }

    @Test
    void apiListsEveryBadParameterIncludingANonNumericPatient() {
        RestAssured.given().auth().preemptive().basic("physician", "physician-demo")
                .get("/api/reports/adverse-events?format=csv&patientId=abc&seriousOnly=maybe&" + JUNE)
                .then().statusCode(400).contentType(containsString("application/json"))
                .body("errors.field", containsInAnyOrder("patientId", "seriousOnly"));
    }

    private static AuditEvent lastExportAudit() {
        return QuarkusTransaction.requiringNew().call(() -> AuditEvent.<AuditEvent>find("action = ?1 order by id desc",
                ReportExporter.AUDIT_ACTION).firstResult());
    }
}
