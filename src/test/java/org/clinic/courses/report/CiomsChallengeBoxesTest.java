package org.clinic.courses.report;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.clinic.courses.report.AdverseEventReportRow.Challenge;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.util.List;

import static org.clinic.courses.report.AdverseEventReportRow.Challenge.*;
import static org.junit.jupiter.api.Assertions.*;

/** CIOMS boxes 20 and 21 answer for all the case's reactions, and their note is printed whole. */
class CiomsChallengeBoxesTest {

    @Test
    void anyYesWinsThenNoThenUnknown() {
        assertEquals(YES, CiomsPage.caseAnswer(List.of(NOT_APPLICABLE, YES, NO)));
        assertEquals(NO, CiomsPage.caseAnswer(List.of(NOT_APPLICABLE, NO, UNKNOWN)));
        assertEquals(UNKNOWN, CiomsPage.caseAnswer(List.of(NOT_APPLICABLE, UNKNOWN)));
        assertEquals(NOT_APPLICABLE, CiomsPage.caseAnswer(List.of(NOT_APPLICABLE)));
    }

    @Test
    void aNonSeriousReactionsPositiveRechallengeCountsForTheCase() {
        CourseRecord record = ReportFixtures.course();
        record.adverseEvents().get(0).serious = true;  // headache: serious, drug not stopped (NA)
        record.adverseEvents().get(1).serious = false; // vomiting: came back after reintroduction
        record.adverseEvents().get(1).setSeriousCriteria(java.util.EnumSet.noneOf(org.clinic.courses.adverse.SeriousCriterion.class));
        List<AdverseEventReportRow> rows = ReportFixtures.assembler().rows(record).toList();
        assertEquals(NOT_APPLICABLE, rows.get(0).drug().rechallenge());
        assertEquals(YES, CiomsPage.caseAnswer(rows.stream().map(r -> r.drug().rechallenge()).toList()));
    }

    @Test
    void theNoteUnderTheTicksIsNotCutOff() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfExport(ReportFixtures.CONTEXT).write(ReportFixtures.rows().iterator(), out);
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setEndPage(1);
            String form = stripper.getText(pdf).replaceAll("\\s+", " ");
            assertEquals(2, form.split("\\(all reactions; each in 7\\+13\\)", -1).length - 1, form);
            assertFalse(form.contains("first serious reaction"), form);
        }
    }
}
