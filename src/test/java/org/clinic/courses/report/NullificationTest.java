package org.clinic.courses.report;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.clinic.courses.audit.AuditEvent;
import org.clinic.courses.course.TreatmentCourse;
import org.clinic.courses.report.cases.CaseSubmission;
import org.clinic.courses.report.cases.VersionKind;
import org.clinic.courses.support.WebSession;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

/** A physician nullifies a case already sent: a version of its own; every later export is the nullification report. */
@QuarkusTest
class NullificationTest {
    private static String url(TreatmentCourse c, String format) {
        return "/api/reports/adverse-events?format=" + format + "&from=2023-04-01&to=2023-04-30&patientId=" + c.patient.id;
    }

    @Test
    void nullifiedCaseIsSentAsANullificationReportInEveryFormat() throws Exception {
        TreatmentCourse course = ReportSeed.course("MRN-NULL-" + System.nanoTime(), LocalDate.of(2023, 4, 1));
        ReportSeed.event(course, LocalDate.of(2023, 4, 5), "Headache", 1, false, false);
        String caseId = csv(course).get(0).get("caseId");

        WebSession.apiPhysician().body(Map.of("reason", "")).post("/api/cases/" + caseId + "/nullification")
                .then().statusCode(400).body(containsString("reason"));
        WebSession.apiPhysician().body(Map.of("reason", "x")).post("/api/cases/NO-SUCH-1/nullification")
                .then().statusCode(400).body(containsString("caseId"));
        WebSession.apiNurse().body(Map.of("reason", "x")).post("/api/cases/" + caseId + "/nullification").then().statusCode(403);
        WebSession.apiPhysician().body(Map.of("reason", "Duplicate of a case sent by the ward"))
                .post("/api/cases/" + caseId + "/nullification").then().statusCode(201)
                .body("version", equalTo(2)).body("caseId", equalTo(caseId));
        WebSession.apiPhysician().body(Map.of("reason", "again")).post("/api/cases/" + caseId + "/nullification")
                .then().statusCode(409);

        // a later change does not revive the case as a follow-up
        ReportSeed.event(course, LocalDate.of(2023, 4, 6), "Dizziness", 1, false, false);
        List<CSVRecord> rows = csv(course);
        assertEquals(2, rows.size());
        for (CSVRecord r : rows) {
            assertEquals(List.of(caseId, "2", "NULLIFICATION", "Duplicate of a case sent by the ward"),
                    List.of(r.get("caseId"), r.get("caseVersion"), r.get("versionKind"), r.get("nullificationReason")));
        }

        String xml = WebSession.apiPhysician().accept("application/xml").get(url(course, "e2b")).then().statusCode(200)
                .extract().asString().replaceAll(">\\s+<", "><");
        assertTrue(xml.contains("<code code=\"3\" codeSystem=\"2.16.840.1.113883.3.989.2.1.1.23\" displayName=\"nullificationAmendmentCode\"/>"
                + "<value code=\"1\" codeSystem=\"2.16.840.1.113883.3.989.2.1.1.5\" xsi:type=\"CE\"/>"), "C.1.11.1 = 1: " + xml);
        assertTrue(xml.contains("<code code=\"4\" codeSystem=\"2.16.840.1.113883.3.989.2.1.1.23\" displayName=\"nullificationAmendmentReason\"/>"
                + "<value xsi:type=\"CE\"><originalText>Duplicate of a case sent by the ward</originalText></value>"), "C.1.11.2: " + xml);

        JsonPath fhir = WebSession.apiPhysician().accept("application/fhir+json").get(url(course, "fhir")).then().statusCode(200)
                .extract().jsonPath();
        List<Object> reasons = fhir.getList("entry.resource.findAll { it.resourceType == 'AdverseEvent' }.extension.flatten()"
                + ".findAll { it.url.endsWith('nullification-reason') }.valueString");
        assertEquals(List.of("Duplicate of a case sent by the ward", "Duplicate of a case sent by the ward"), reasons);

        List<CaseSubmission> sent = QuarkusTransaction.requiringNew().call(() ->
                CaseSubmission.<CaseSubmission>list("courseId = ?1 order by id", course.id));
        assertEquals(List.of(VersionKind.INITIAL, VersionKind.NULLIFICATION, VersionKind.NULLIFICATION,
                VersionKind.NULLIFICATION, VersionKind.NULLIFICATION), sent.stream().map(s -> s.kind).toList());
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> AuditEvent.count("action = ?1 and targetId = ?2",
                "CASE_NULLIFIED", course.id)));
    }

    @Test
    void nullifyPageReRendersWithTheFieldsMessageAndNullifies() throws Exception {
        TreatmentCourse course = ReportSeed.course("MRN-NULL-" + System.nanoTime(), LocalDate.of(2023, 4, 1));
        ReportSeed.event(course, LocalDate.of(2023, 4, 7), "Nausea", 1, false, false);
        String caseId = csv(course).get(0).get("caseId");
        WebSession physician = WebSession.physician();
        assertTrue(physician.page("/reports").contains("href=\"/reports/nullify\""));
        physician.page("/reports/nullify?caseId=" + caseId);
        var bad = physician.postForm("/reports/nullify", "caseId", caseId, "reason", "");
        assertEquals(400, bad.statusCode());
        assertTrue(bad.asString().contains("id=\"reason-error\""), bad.asString());
        physician.postFormExpectRedirect("/reports/nullify", "caseId", caseId, "reason", "Entered on the wrong patient");
        assertTrue(physician.page("/reports").contains("Case " + caseId + " nullified (version 2)"));
        assertEquals("NULLIFICATION", csv(course).get(0).get("versionKind"));
    }

    private static List<CSVRecord> csv(TreatmentCourse course) throws Exception {
        String text = WebSession.apiPhysician().accept("text/csv").get(url(course, "csv")).then().statusCode(200).extract().asString();
        try (CSVParser p = CSVParser.parse(new StringReader(text.substring(1)),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            return p.getRecords();
        }
    }
}
