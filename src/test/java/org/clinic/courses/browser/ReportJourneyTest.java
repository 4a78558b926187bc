package org.clinic.courses.browser;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.clinic.courses.course.Route;
import org.clinic.courses.course.ScheduleType;
import org.clinic.courses.course.TreatmentCourse;
import org.clinic.courses.support.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import static org.clinic.courses.support.DoseFixtures.course;
import static org.clinic.courses.support.DoseFixtures.today;
import static org.clinic.courses.support.WebSession.apiNurse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** Journey 3: a physician previews a patient's side effects and downloads them as CSV, PDF and FHIR. */
@QuarkusTest
class ReportJourneyTest {
    private static final Path DOWNLOADS = Path.of("target", "browser-downloads").toAbsolutePath();

    @TestHTTPResource("/")
    URL root;

    @Test
    void physicianDownloadsCsvPdfAndFhir() throws Exception {
        String run = Screen.runId();
        LocalDate from = today().minusDays(1);
        LocalDate to = today();
        long courseId = course(Route.IV_INFUSION, "30", today().minusDays(1), 10, ScheduleType.DAILY, "Rita", "Report" + run);
        String mrn = QuarkusTransaction.requiringNew().call(() -> TreatmentCourse.<TreatmentCourse>findById(courseId).patient.mrn);
        apiNurse().body(Map.of("observedOn", today().toString(), "term", "Palpitations", "grade", 2, "serious", false,
                        "action", "NONE", "outcome", "RECOVERING", "causality", "PROBABLE"))
                .post("/api/courses/" + courseId + "/adverse-events").then().statusCode(201);
        String base = "adverse-events-" + from + "_" + to;
        for (String ext : new String[]{"csv", "pdf", "json"}) {
            Files.deleteIfExists(DOWNLOADS.resolve(base + "." + ext));
        }

        try (Browser browser = Browser.open(root.toString())) {
            Screen screen = new Screen(browser);
            browser.logIn("physician", "physician-demo");
            screen.follow("Reports");
            screen.setDate("from", from.toString());
            screen.setDate("to", to.toString());
            screen.type("patient", mrn);
            screen.press("main form", "Show preview");
            assertEquals("1 adverse event matches these filters. 0 voided records are left out of the preview and every download.",
                    screen.text("#report-counts"));
            String preview = screen.text("#preview table");
            assertTrue(preview.contains(mrn) && preview.contains("Palpitations"), preview);
            screen.shot("physician-report-preview");

            browser.find(By.linkText("Download CSV")).click();
            String csv = Files.readString(downloaded(base + ".csv"), StandardCharsets.UTF_8);
            String header = csv.lines().findFirst().orElse("");
            assertTrue(header.toLowerCase().contains("term") || header.toLowerCase().contains("reaction"), header);
            assertEquals(2, csv.lines().count(), "a header and the one event: " + csv);
            assertTrue(csv.contains("Palpitations"), csv);

            browser.find(By.linkText("Download PDF (CIOMS I)")).click();
            byte[] pdf = Files.readAllBytes(downloaded(base + ".pdf"));
            assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));

            browser.find(By.linkText("Download FHIR R4 bundle")).click();
            String fhir = Files.readString(downloaded(base + ".json"), StandardCharsets.UTF_8);
            assertTrue(fhir.replace(" ", "").contains("\"resourceType\":\"Bundle\""), fhir.substring(0, Math.min(200, fhir.length())));
            assertTrue(fhir.contains("Palpitations"), "the bundle holds the adverse event");
            screen.shot("physician-reports-downloaded");
        }
    }

    /** Waits for Chromium to finish writing the file (its .crdownload partner gone). */
    private static Path downloaded(String name) throws InterruptedException {
        Path file = DOWNLOADS.resolve(name);
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.exists(file) && !Files.exists(DOWNLOADS.resolve(name + ".crdownload"))) {
                return file;
            }
            Thread.sleep(100);
        }
        fail("the browser did not download " + name + " into " + DOWNLOADS);
        return file;
    }
}
