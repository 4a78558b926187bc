package org.clinic.courses.report;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.clinic.courses.adverse.AdverseEvent;
import org.clinic.courses.catalog.Drug;
import org.clinic.courses.course.TreatmentCourse;
import org.clinic.courses.dose.Administration;
import org.clinic.courses.patient.Patient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;

@QuarkusTest
class ReportApiTest {
    private static final String URL = "/api/reports/adverse-events";

    @BeforeAll
    static void seed() {
        QuarkusTransaction.requiringNew().run(() -> {
            if (Drug.findById("cerebrolysin") == null) {
                Drug drug = new Drug();
                drug.code = "cerebrolysin";
                drug.name = "Cerebrolysin";
                drug.definition = "{\"code\":\"cerebrolysin\",\"name\":\"Cerebrolysin\",\"concentrationMgPerMl\":215.2}";
                drug.updatedAt = Instant.now();
                drug.persist();
            }
            CourseRecord r = ReportFixtures.course();
            Patient p = r.patient();
            p.id = null;
            p.mrn = "MRN-REPORT-" + System.nanoTime();
            p.createdAt = Instant.now();
            p.persist();
            TreatmentCourse c = r.course();
            c.id = null;
            c.persist();
            for (Administration a : r.administrations()) {
                a.id = null;
                a.persist();
            }
            for (AdverseEvent e : r.adverseEvents()) {
                e.id = null;
                e.persist();
            }
        });
    }

    @Test
    @TestSecurity(user = "dr.house", roles = "PHYSICIAN", authMechanism = "basic")
    void csvStreamsTheEventsOfThePeriod() {
        given().queryParam("from", "2026-11-01").queryParam("to", "2026-11-30").queryParam("format", "csv")
                .when().get(URL)
                .then().statusCode(200).contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("adverse-events-2026-11-01_2026-11-30.csv"))
                .body(containsString("Vomiting"), containsString("'=HYPERLINK"), not(containsString("Rash")));
    }

    @Test
    @TestSecurity(user = "dr.house", roles = "PHYSICIAN", authMechanism = "basic")
    void fhirAndPdfToo() {
        given().queryParam("from", "2026-11-22").queryParam("to", "2026-11-22").queryParam("format", "fhir")
                .queryParam("seriousOnly", true)
                .when().get(URL)
                .then().statusCode(200).contentType(containsString("application/fhir+json"))
                .body("type", equalTo("collection"), "entry.resource.findAll { it.resourceType == 'AdverseEvent' }.size()", equalTo(1));
        given().queryParam("from", "2026-11-01").queryParam("to", "2026-11-30").queryParam("format", "pdf")
                .when().get(URL)
                .then().statusCode(200).contentType("application/pdf");
    }

    @Test
    @TestSecurity(user = "dr.house", roles = "PHYSICIAN", authMechanism = "basic")
    void e2bIsAnIcsrBatchWithOneMessagePerCase() {
        String xml = given().queryParam("from", "2026-11-01").queryParam("to", "2026-11-30").queryParam("format", "e2b")
                .when().get(URL)
                .then().statusCode(200).contentType(containsString("application/xml"))
                .header("Content-Disposition", containsString(".xml"))
                .extract().asString();
        io.restassured.path.xml.XmlPath path = new io.restassured.path.xml.XmlPath(xml);
        org.junit.jupiter.api.Assertions.assertEquals("MCCI_IN200100UV01", path.getString("MCCI_IN200100UV01.name()"));
        org.junit.jupiter.api.Assertions.assertTrue(path.getInt("MCCI_IN200100UV01.PORR_IN049016UV.size()") >= 1);
        org.junit.jupiter.api.Assertions.assertTrue(xml.contains("<originalText>Vomiting</originalText>"), xml);
    }

    @Test
    @TestSecurity(user = "dr.house", roles = "PHYSICIAN", authMechanism = "basic")
    void fhirTransactionBundleOnRequest() {
        given().queryParam("from", "2026-11-01").queryParam("to", "2026-11-30").queryParam("format", "fhir")
                .queryParam("bundle", "transaction")
                .when().get(URL)
                .then().statusCode(200).body("type", equalTo("transaction"),
                        "entry.request.method.unique()", org.hamcrest.Matchers.containsInAnyOrder("POST", "PUT"));
        given().queryParam("from", "2026-11-01").queryParam("to", "2026-11-30").queryParam("bundle", "batch")
                .when().get(URL).then().statusCode(400).body("errors.field", hasItems("bundle"));
    }

    @Test
    @TestSecurity(user = "dr.house", roles = "PHYSICIAN", authMechanism = "basic")
    void badInputIs400WithEveryField() {
        given().queryParam("from", "yesterday").queryParam("format", "xml")
                .when().get(URL)
                .then().statusCode(400).body("errors.field", hasItems("from", "to", "format"));
    }

    @Test
    @TestSecurity(user = "nurse.joy", roles = "NURSE", authMechanism = "basic")
    void nursesMayNotExport() {
        given().queryParam("from", "2026-11-01").queryParam("to", "2026-11-30")
                .when().get(URL).then().statusCode(403);
    }
}
