package org.clinic.courses.report;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class PdfExportTest {

    private static byte[] export(List<AdverseEventReportRow> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfExport(ReportFixtures.CONTEXT).write(rows.iterator(), out);
        return out.toByteArray();
    }

    private static String page(PDDocument pdf, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(pdf);
    }

    @Test
    void onePagePerEventWithTheCiomsSections() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(export(ReportFixtures.rows()))) {
            assertEquals(3, pdf.getNumberOfPages());
            String vomiting = page(pdf, 2);
            for (String expected : List.of(PdfExport.TITLE, "Clinique Saint-\u00c9tienne", "Printed 2026-11-30",
                    "I. REACTION INFORMATION", "II. SUSPECT DRUG(S) INFORMATION",
                    "III. CONCOMITANT DRUG(S) AND HISTORY", "IV. MANUFACTURER / REPORTER INFORMATION",
                    "AT-CLINIC1-7", "A.L.", "Vomiting", "CTCAE grade 3", "Cerebrolysin (cerebrolysin)", "L123, L124",
                    "30 ml (6456 mg)", "IV infusion", "Acute ischaemic stroke", "2026-11-20 / ongoing",
                    "[X] Involved or prolonged inpatient hospitalisation", "[ ] Patient died",
                    "[X] Yes", "Lithium carbonate 300 mg", "Epilepsy (G40.9)", "Penicillin",
                    "nurse.joy (NURSE)", "\u201cquoted\u201d")) {
                assertTrue(vomiting.contains(expected), () -> "page 2 lacks '" + expected + "':\n" + vomiting);
            }
            assertTrue(page(pdf, 1).contains("Headache"));
            assertTrue(page(pdf, 3).contains("AT-CLINIC1-7"));
        }
    }

    @Test
    void textOutsideTheStandardFontDoesNotBreakIt() throws IOException {
        CourseRecord record = ReportFixtures.course();
        record.adverseEvents().get(0).term = "Kopfschmerz \ud83d\ude16 \u0635\u062f\u0627\u0639";
        record.patient().givenName = "\u05d0\u05d1\u05d9";
        byte[] bytes = export(ReportFixtures.assembler().rows(record).toList());
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            String text = page(pdf, 1);
            assertTrue(text.contains("Kopfschmerz ? ????"), text);
        }
    }

    @Test
    void noRowsStillMakesAValidDocument() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(export(Collections.emptyList()))) {
            assertEquals(1, pdf.getNumberOfPages());
            assertTrue(page(pdf, 1).contains("No adverse events match"));
        }
    }
}
