package org.clinic.courses.browser;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.clinic.courses.course.Route;
import org.clinic.courses.course.ScheduleType;
import org.clinic.courses.support.Browser;
import org.clinic.courses.support.DoseFixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Pdf;
import org.openqa.selenium.PrintsPage;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Map;

import static org.clinic.courses.support.DoseFixtures.clock;
import static org.clinic.courses.support.DoseFixtures.today;
import static org.clinic.courses.support.WebSession.apiPhysician;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The paper drug chart printed to PDF by Chromium: the patient's name, MRN and birth date on every page, numbered pages. */
@QuarkusTest
class DrugChartPrintBrowserTest {
    @TestHTTPResource("/")
    URL root;

    @Test
    void everyPageNamesThePatientAndIsNumbered() throws Exception {
        String family = "Paper" + Screen.runId();
        LocalDate start = today().minusDays(5);
        long course = DoseFixtures.course(Route.IV_INFUSION, "30", start, 45, ScheduleType.DAILY, "Greta", family);
        for (int day = 1; day <= 3; day++) {
            apiPhysician().body(Map.of("administeredAt", start.plusDays(day - 1).atTime(9, 15).atZone(clock().getZone())
                                    .toOffsetDateTime().toString(), "route", "IV_INFUSION", "volumeMl", 30, "status", "GIVEN",
                            "lotNumber", "PL-" + day, "diluent", "NaCl 0.9%", "diluentVolumeMl", 100, "infusionMinutes", 30))
                    .post("/api/courses/" + course + "/administrations").then().statusCode(201);
        }
        long patient = apiPhysician().get("/api/courses/" + course).then().statusCode(200).extract().jsonPath().getLong("patientId");
        String mrn = apiPhysician().get("/api/patients/" + patient).then().statusCode(200).extract().jsonPath().getString("mrn");
        try (Browser browser = Browser.open(root.toString())) {
            Screen screen = new Screen(browser);
            browser.logIn("nurse", "nurse-demo");
            browser.go("/courses/" + course);
            screen.follow("Print the drug chart (A4 landscape)");
            String grid = screen.text("table.mar");
            assertTrue(grid.contains("Greta " + family), grid);
            assertTrue(grid.contains("G Given") && grid.contains("PL-1") && grid.contains("PH"), "given, lot and initials: " + grid);
            assertTrue(grid.contains("M Missed"), "days 4 and 5 are missed: " + grid);
            screen.shot("drug-chart-print-view");

            PrintOptions options = new PrintOptions();
            options.setOrientation(PrintOptions.Orientation.LANDSCAPE);
            options.setPageSize(new PageSize(21.0, 29.7));
            options.setBackground(true);
            Pdf pdf = ((PrintsPage) browser.driver()).print(options);
            byte[] bytes = Base64.getDecoder().decode(pdf.getContent());
            Path file = Files.createDirectories(Path.of("target", "browser-downloads")).resolve("drug-chart-" + course + ".pdf");
            Files.write(file, bytes);
            try (PDDocument doc = Loader.loadPDF(bytes)) {
                int pages = doc.getNumberOfPages();
                assertTrue(pages >= 2, "45 days take more than one page: " + pages);
                PDRectangle box = doc.getPage(0).getMediaBox();
                assertTrue(box.getWidth() > box.getHeight(), "landscape");
                assertEquals(842, Math.round(box.getWidth()), 2, "A4 width in points");
                PDFTextStripper stripper = new PDFTextStripper();
                for (int page = 1; page <= pages; page++) {
                    stripper.setStartPage(page);
                    stripper.setEndPage(page);
                    String text = stripper.getText(doc);
                    assertTrue(text.contains("Greta " + family), "page " + page + " names the patient:\n" + text);
                    assertTrue(text.contains(mrn), "page " + page + " has the MRN");
                    assertTrue(text.contains("1955-05-05"), "page " + page + " has the birth date");
                    assertTrue(text.contains("Page " + page + " of " + pages), "page " + page + " is numbered:\n" + text);
                }
                stripper.setStartPage(pages);
                stripper.setEndPage(pages);
                assertTrue(stripper.getText(doc).contains("Prescriber (name, signature, date)"), "signature lines at the end");
            }
        }
    }
}
