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
    void oneFormPerCaseWithEveryBoxAndAContinuationPage() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(export(ReportFixtures.rows()))) {
            assertEquals(2, pdf.getNumberOfPages(), "the form and its continuation page");
            String form = page(pdf, 1).replaceAll("\\s+", " "); // captions wrap inside their boxes
            for (String expected : List.of("CIOMS FORM", "SUSPECT ADVERSE REACTION REPORT", "Clinique Saint-\u00c9tienne",
                    "I. REACTION INFORMATION", "II. SUSPECT DRUG(S) INFORMATION",
                    "III. CONCOMITANT DRUG(S) AND HISTORY", "IV. MANUFACTURER INFORMATION",
                    "1. PATIENT INITIALS", "1a. COUNTRY", "2. DATE OF BIRTH", "2a. AGE", "3. SEX", "3a. WEIGHT",
                    "4-6. REACTION ONSET", "7 + 13. DESCRIBE REACTION(S)", "8-12. CHECK ALL APPROPRIATE",
                    "PATIENT DIED", "LIFE THREATENING", "14. SUSPECT DRUG(S)", "15. DAILY DOSE(S)",
                    "16. ROUTE(S) OF ADMINISTRATION", "17. INDICATION(S) FOR USE", "18. THERAPY DATES",
                    "19. THERAPY DURATION", "20. DID REACTION ABATE AFTER STOPPING DRUG?",
                    "21. DID REACTION REAPPEAR AFTER REINTRODUCTION?", "22. CONCOMITANT DRUG(S)", "23. OTHER RELEVANT HISTORY",
                    "24a. NAME AND ADDRESS OF MANUFACTURER", "24b. MFR CONTROL NO.", "24c. DATE RECEIVED BY MANUFACTURER",
                    "24d. REPORT SOURCE", "HEALTH PROFESSIONAL", "DATE OF THIS REPORT", "25a. REPORT TYPE", "INITIAL", "FOLLOWUP",
                    "A.L.", "AT", "02 MAR 1950", "76", "female", "61.5", "21 NOV 2026", "Headache", "Vomiting",
                    "Cerebrolysin", "L123, L124, L125", "30 ml (6456 mg)", "IV infusion", "Acute ischaemic stroke",
                    "20 NOV 2026 \u2013 continuing", "Lithium carbonate 300 mg", "Epilepsy (G40.9)", "Penicillin",
                    "Gregory House, physician", "EVER Neuro Pharma GmbH", "Unterach am Attersee", "AT-CLINIC1-7 / version 1", "30 NOV 2026", "eGFR 72")) {
                assertTrue(form.contains(expected), () -> "the form lacks '" + expected + "':\n" + form);
            }
            String more = page(pdf, 2).replaceAll("\\s+", " ");
            for (String expected : List.of("CONTINUATION", "AT-CLINIC1-7", "Reactions (all 3)", "Headache", "Vomiting",
                    "vomiting", "\u201cquoted\u201d", "Case narrative", "dechallenge: yes")) {
                assertTrue(more.contains(expected), () -> "the continuation lacks '" + expected + "':\n" + more);
            }
        }
    }

    @Test
    void polishCyrillicAndGreekLettersAreEmbeddedNotReplaced() throws IOException {
        CourseRecord record = ReportFixtures.course();
        record.adverseEvents().get(0).term = "Zawroty głowy / Головокружение / Ζάλη";
        record.patient().givenName = "Łucja";
        record.patient().familyName = "Żółć";
        try (PDDocument pdf = Loader.loadPDF(export(ReportFixtures.assembler().rows(record).toList()))) {
            String text = page(pdf, 1);
            assertTrue(text.contains("Ł.Ż."), text);
            assertTrue(text.contains("Zawroty głowy / Головокружение / Ζάλη"), text);
            assertFalse(text.contains("?.?."));
        }
    }

    @Test
    void textOutsideTheStandardFontDoesNotBreakIt() throws IOException {
        CourseRecord record = ReportFixtures.course();
        record.adverseEvents().get(0).term = "Kopfschmerz \u5934\u75db"; // CJK: not in DejaVu Sans
        record.patient().givenName = "\u05d0\u05d1\u05d9";
        byte[] bytes = export(ReportFixtures.assembler().rows(record).toList());
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            String text = page(pdf, 1);
            assertTrue(text.contains("Kopfschmerz ??"), text);
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
