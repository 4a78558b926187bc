package org.clinic.courses.report;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.clinic.courses.adverse.ActionTaken;
import org.clinic.courses.adverse.AdverseEvent;
import org.clinic.courses.adverse.Outcome;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The pharmacovigilance review of the CIOMS I layout: nothing clipped silently, every label whole. */
class CiomsLayoutTest {

    private static byte[] export(List<AdverseEventReportRow> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfExport(ReportFixtures.CONTEXT).write(rows.iterator(), out);
        return out.toByteArray();
    }

    private static String page(PDDocument pdf, int from, int to) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(from);
        stripper.setEndPage(to);
        return stripper.getText(pdf).replaceAll("\\s+", " ");
    }

    /** Ten reactions with a note of about fifty characters each, as the reviewer tried. */
    static List<AdverseEventReportRow> longCase() {
        CourseRecord base = ReportFixtures.course();
        List<AdverseEvent> events = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            AdverseEvent e = ReportFixtures.event(base.course(), 400 + i, "2026-11-2" + (i % 6),
                    "Reaction number " + i, 1, ActionTaken.NONE, Outcome.RECOVERED);
            e.notes = "Observed by the ward nurse, settled within hours " + i;
            events.add(e);
        }
        CourseRecord record = new CourseRecord(base.patient(), base.course(), base.administrations(), events,
                base.flags(), base.drug(), base.holder());
        return ReportFixtures.assembler().rows(record).toList();
    }

    @Test
    void aLongReactionBoxPointsToTheContinuationPageWhichHasEverything() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(export(longCase()))) {
            String form = page(pdf, 1, 1);
            assertTrue(form.contains("continued on the continuation page"), () -> "no pointer on the form:\n" + form);
            String more = page(pdf, 2, pdf.getNumberOfPages());
            for (int i = 1; i <= 10; i++) {
                String reaction = "Reaction number " + i + " ";
                String note = "settled within hours " + i + ".";
                assertTrue(more.contains(reaction) && more.contains(note), () -> "continuation lacks " + reaction + ":\n" + more);
            }
            assertTrue(more.contains("eGFR 72"), () -> "continuation lacks the eGFR:\n" + more);
        }
    }

    @Test
    void boxSevenNeverEndsMidSentenceWithoutAPointer() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(export(longCase()))) {
            String form = page(pdf, 1, 1);
            int start = form.indexOf("(including relevant tests/lab data)");
            int end = form.indexOf("continued on the continuation page");
            assertTrue(start >= 0 && end > start, form);
            String box = form.substring(start, end);
            // every reaction shown on the form is shown whole, its note included
            for (int i = 1; i <= 10; i++) {
                if (box.contains("Reaction number " + i + " ")) {
                    assertTrue(box.contains("settled within hours " + i + "."), "reaction " + i + " cut:\n" + box);
                }
            }
        }
    }

    @Test
    void seriousnessLabelsAreWholeAndInsideTheirBox() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(export(ReportFixtures.rows()))) {
            String form = page(pdf, 1, 1);
            for (String label : List.of("INVOLVED OR PROLONGED INPATIENT HOSPITALISATION",
                    "INVOLVED PERSISTENCE OR SIGNIFICANT DISABILITY OR INCAPACITY",
                    "OTHER MEDICALLY IMPORTANT CONDITION", "LIFE THREATENING", "CONGENITAL ANOMALY", "PATIENT DIED")) {
                assertTrue(form.contains(label), () -> "label cut: " + label + "\n" + form);
            }
            float right = 0;
            for (TextPosition t : positions(pdf, "CONDITION")) right = Math.max(right, t.getXDirAdj() + t.getWidthDirAdj());
            assertTrue(right > 0 && right <= CiomsPage.RIGHT, "OTHER MEDICALLY IMPORTANT CONDITION ends at " + right);
            for (TextPosition t : positions(pdf, "HOSPITALISATION")) right = Math.max(right, t.getXDirAdj() + t.getWidthDirAdj());
            assertTrue(right <= CiomsPage.RIGHT, "HOSPITALISATION ends at " + right);
        }
    }

    @Test
    void continuationHistorySaysNoneRecordedLikeTheForm() throws IOException {
        CourseRecord base = ReportFixtures.course();
        base.patient().allergies.clear();
        List<AdverseEvent> events = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            AdverseEvent e = ReportFixtures.event(base.course(), 400 + i, "2026-11-21", "Reaction number " + i, 1,
                    ActionTaken.NONE, Outcome.RECOVERED);
            e.notes = "Observed by the ward nurse, settled within hours " + i;
            events.add(e);
        }
        CourseRecord record = new CourseRecord(base.patient(), base.course(), base.administrations(), events,
                base.flags(), base.drug(), base.holder());
        try (PDDocument pdf = Loader.loadPDF(export(ReportFixtures.assembler().rows(record).toList()))) {
            assertTrue(page(pdf, 1, 1).contains("Allergies: none recorded"));
            String more = page(pdf, 2, pdf.getNumberOfPages());
            assertTrue(more.contains("Allergies: none recorded"), more);
        }
    }

    /** The glyphs of the first line on page 1 that contains the word. */
    private static List<TextPosition> positions(PDDocument pdf, String word) throws IOException {
        List<TextPosition> found = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> glyphs) throws IOException {
                int at = text.indexOf(word);
                if (found.isEmpty() && at >= 0) found.addAll(glyphs.subList(at, at + word.length()));
                super.writeString(text, glyphs);
            }
        };
        stripper.setStartPage(1);
        stripper.setEndPage(1);
        stripper.writeText(pdf, new StringWriter());
        return found;
    }
}
