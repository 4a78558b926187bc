package org.clinic.courses.report;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.clinic.courses.adverse.AdverseEvent;
import org.clinic.courses.audit.AuditEvent;
import org.clinic.courses.course.TreatmentCourse;
import org.clinic.courses.meddra.MeddraFixture;
import org.clinic.courses.support.WebSession;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

/**
 * A physician codes the nurse's verbatim term with a suggested lowest-level term of the current
 * (synthetic) MedDRA release; every export then carries the version and codes where coded, and
 * the verbatim term alone where not.
 */
@QuarkusTest
class MeddraExportTest {
    private static String version;
    private static TreatmentCourse course;
    private static long coded;
    private static long uncoded;

    private static void seed() {
        version = MeddraFixture.importSynthetic();
        course = ReportSeed.course("MRN-MEDDRA-" + System.nanoTime(), LocalDate.of(2023, 3, 1));
        coded = ReportSeed.event(course, LocalDate.of(2023, 3, 3), "glimmer-Rash on both arms", 2, false, false);
        uncoded = ReportSeed.event(course, LocalDate.of(2023, 3, 4), "feeling odd", 1, false, false);
    }

    private static String url(String format) {
        return "/api/reports/adverse-events?format=" + format + "&from=2023-03-01&to=2023-03-31&patientId=" + course.patient.id;
    }

    @Test
    void suggestionsCodingAndEveryFormat() throws Exception {
        seed();
        // suggestions: "Glimmer rash" words match; the non-current "(old wording)" is never offered
        JsonPath s = WebSession.apiPhysician().get("/api/meddra/adverse-events/" + coded + "/suggestions?term=glimmer rash")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(version, s.getString("meddraVersion"));
        assertEquals("glimmer-Rash on both arms", s.getString("verbatim"));
        assertEquals(List.of("90000001", "90000002", "90000003"), s.getList("suggestions.lltCode"));
        assertEquals("EXACT", s.getString("suggestions[0].match"));

        // before coding: E2B sends the verbatim with nullFlavor UNC
        String before = e2b();
        assertTrue(before.contains("<value nullFlavor=\"UNC\" xsi:type=\"CE\"><originalText>glimmer-Rash on both arms</originalText></value>"), before);

        WebSession.apiPhysician().body(Map.of("lltCode", "90000001")).post("/api/meddra/adverse-events/" + coded + "/coding")
                .then().statusCode(201).body("lltName", equalTo("Glimmer rash")).body("ptCode", equalTo("90000101"));
        // a second coding is an amendment: it needs a reason
        WebSession.apiPhysician().body(Map.of("lltCode", "90000002")).post("/api/meddra/adverse-events/" + coded + "/coding")
                .then().statusCode(400).body(containsString("reason"));
        WebSession.apiPhysician().body(Map.of("lltCode", "90000004", "reason", "x")).post("/api/meddra/adverse-events/" + coded + "/coding")
                .then().statusCode(400).body(containsString("non-current"));
        WebSession.apiPhysician().body(Map.of("lltCode", "90000002", "reason", "the rash was on the arms"))
                .post("/api/meddra/adverse-events/" + coded + "/coding").then().statusCode(201);
        WebSession.apiNurse().body(Map.of("lltCode", "90000001")).post("/api/meddra/adverse-events/" + uncoded + "/coding")
                .then().statusCode(403);

        String verbatim = QuarkusTransaction.requiringNew().call(() -> AdverseEvent.<AdverseEvent>findById(coded).term);
        assertEquals("glimmer-Rash on both arms", verbatim, "coding never overwrites the verbatim term");
        List<String> audit = QuarkusTransaction.requiringNew().call(() -> AuditEvent.<AuditEvent>list(
                "action = ?1 and targetId = ?2 order by id", "ADVERSE_EVENT_CODED", coded).stream().map(a -> a.detail).toList());
        assertEquals(2, audit.size());
        assertTrue(audit.get(1).contains("LLT 90000002 Glimmer rash of the arm") && audit.get(1).contains("the rash was on the arms"), audit.get(1));

        // CSV: version, LLT and PT where coded; empty where not
        List<CSVRecord> csv = csv();
        CSVRecord c = csv.stream().filter(r -> r.get("adverseEventId").equals(String.valueOf(coded))).findFirst().orElseThrow();
        assertEquals(List.of(version, "90000002", "Glimmer rash of the arm", "90000101", "Glimmer rash", "glimmer-Rash on both arms"),
                List.of(c.get("meddraVersion"), c.get("meddraLltCode"), c.get("meddraLltTerm"), c.get("meddraPtCode"),
                        c.get("meddraPtTerm"), c.get("reaction")));
        CSVRecord u = csv.stream().filter(r -> r.get("adverseEventId").equals(String.valueOf(uncoded))).findFirst().orElseThrow();
        assertEquals(List.of("", "", "feeling odd"), List.of(u.get("meddraVersion"), u.get("meddraLltCode"), u.get("reaction")));

        // E2B: E.i.2.1a version and E.i.2.1b LLT code, E.i.1.1a verbatim; no UNC on the coded term
        String xml = e2b();
        assertTrue(xml.contains("<value code=\"90000002\" codeSystem=\"2.16.840.1.113883.6.163\" codeSystemVersion=\""
                + version + "\" xsi:type=\"CE\"><originalText>glimmer-Rash on both arms</originalText></value>"), xml);
        assertFalse(xml.contains("nullFlavor=\"UNC\" xsi:type=\"CE\"><originalText>glimmer-Rash"), xml);
        assertTrue(xml.contains("<value nullFlavor=\"UNC\" xsi:type=\"CE\"><originalText>feeling odd</originalText></value>"), xml);

        // FHIR: AdverseEvent.event with the MedDRA system URI, version, LLT then PT; text the verbatim
        JsonPath fhir = WebSession.apiPhysician().accept("application/fhir+json").get(url("fhir")).then().statusCode(200)
                .extract().jsonPath();
        Map<String, Object> event = fhir.getMap("entry.resource.find { it.resourceType == 'AdverseEvent' && it.event.coding != null }.event");
        assertEquals("glimmer-Rash on both arms", event.get("text"));
        @SuppressWarnings("unchecked") List<Map<String, Object>> codings = (List<Map<String, Object>>) event.get("coding");
        assertEquals("http://terminology.hl7.org/CodeSystem/mdr", codings.get(0).get("system"));
        assertEquals(List.of(version, "90000002", "Glimmer rash of the arm"),
                List.of(codings.get(0).get("version"), codings.get(0).get("code"), codings.get(0).get("display")));
        assertEquals("90000101", codings.get(1).get("code"));

        // CIOMS I: the coded term beside the verbatim
        byte[] pdf = WebSession.apiPhysician().accept("application/pdf").get(url("pdf")).then().statusCode(200).extract().asByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertTrue(text.contains("LLT 90000002 Glimmer rash of the arm"), text);
            assertTrue(text.contains("glimmer-Rash on both arms"), text);
        }
    }

    private static String e2b() {
        return WebSession.apiPhysician().accept("application/xml").get(url("e2b")).then().statusCode(200).extract()
                .asString().replaceAll(">\\s+<", "><");
    }

    private static List<CSVRecord> csv() throws Exception {
        String text = WebSession.apiPhysician().accept("text/csv").get(url("csv")).then().statusCode(200).extract().asString();
        try (CSVParser p = CSVParser.parse(new StringReader(text.substring(1)),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            return p.getRecords();
        }
    }
}
