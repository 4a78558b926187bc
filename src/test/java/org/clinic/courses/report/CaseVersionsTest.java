package org.clinic.courses.report;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.clinic.courses.course.TreatmentCourse;
import org.clinic.courses.report.cases.CaseSubmission;
import org.clinic.courses.report.cases.VersionKind;
import org.clinic.courses.security.Accounts;
import org.clinic.courses.security.Profiles;
import org.clinic.courses.security.Role;
import org.clinic.courses.security.User;
import org.clinic.courses.settings.Settings;
import org.clinic.courses.settings.SettingsService;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.*;

/** A case keeps its id; the same facts sent again keep their version; changed facts make a follow-up. */
@QuarkusTest
class CaseVersionsTest {
    private static final String URL = "/api/reports/adverse-events?format=csv&from=2024-05-01&to=2024-05-31";

    @Inject
    SettingsService settings;
    @Inject
    Profiles profiles;
    @Inject
    Accounts accounts;

    @Test
    @TestSecurity(user = "dr.cases", roles = "PHYSICIAN", authMechanism = "basic")
    void secondExportOfAChangedCaseIsAFollowUp() throws IOException {
        settings.save(new Settings("Szpital Łódź", "ul. Kopernika 1", "PL", "SZP.LODZ", "URPL"));
        long userId = QuarkusTransaction.requiringNew().call(() -> User.findByUsername("dr.cases").map(u -> u.id)
                .orElseGet(() -> accounts.createUnchecked("dr.cases", "long-enough-password", Role.PHYSICIAN, null).id));
        profiles.save(userId, new Profiles.Profile("Zofia Wąsowska", "PHYSICIAN", "+48 42 000 00 00"));
        TreatmentCourse course = ReportSeed.course("MRN-CASES-" + System.nanoTime(), LocalDate.of(2024, 5, 1));
        ReportSeed.event(course, LocalDate.of(2024, 5, 3), "Headache", 1, false, false);
        String caseId = "PL-SZP.LODZ-" + course.id;

        CSVRecord first = only(caseId, export());
        assertEquals("1", first.get("caseVersion"));
        assertEquals("INITIAL", first.get("versionKind"));
        assertEquals("PL", first.get("country"));
        assertEquals("Zofia Wąsowska", first.get("reporter"));
        assertEquals("PHYSICIAN", first.get("reporterQualification"));

        assertEquals("1", only(caseId, export()).get("caseVersion"), "nothing changed: the same version again");

        ReportSeed.event(course, LocalDate.of(2024, 5, 4), "Dizziness", 2, false, false);
        settings.save(new Settings("Szpital Łódź", "ul. Kopernika 1", "PL", "OTHER", "URPL"));
        List<CSVRecord> third = export().stream().filter(r -> r.get("caseId").equals(caseId)).toList();
        assertEquals(2, third.size(), "the case keeps the id it was first sent with");
        assertEquals("2", third.get(0).get("caseVersion"));
        assertEquals("FOLLOW_UP", third.get(0).get("versionKind"));

        List<CaseSubmission> sent = QuarkusTransaction.requiringNew().call(() ->
                CaseSubmission.<CaseSubmission>list("courseId = ?1 order by id", course.id));
        assertEquals(List.of(1, 1, 2), sent.stream().map(s -> s.versionNumber).toList());
        assertEquals(List.of(VersionKind.INITIAL, VersionKind.INITIAL, VersionKind.FOLLOW_UP),
                sent.stream().map(s -> s.kind).toList());
        sent.forEach(s -> {
            assertEquals("csv", s.format);
            assertEquals("dr.cases", s.sentBy);
            assertEquals("URPL", s.receiver);
            assertNotNull(s.sentAt);
        });
    }

    private static CSVRecord only(String caseId, List<CSVRecord> records) {
        List<CSVRecord> mine = records.stream().filter(r -> r.get("caseId").equals(caseId)).toList();
        assertEquals(1, mine.size(), "one event of case " + caseId);
        return mine.get(0);
    }

    private static List<CSVRecord> export() throws IOException {
        String text = given().get(URL).then().statusCode(200).extract().asString();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text.substring(1)), format)) {
            return parser.getRecords();
        }
    }
}
