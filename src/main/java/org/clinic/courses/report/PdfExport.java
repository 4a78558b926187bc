package org.clinic.courses.report;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;

import org.clinic.courses.web.ClinicTime;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * One CIOMS I form per case (all its reactions), with continuation pages where the boxes overflow.
 * Each finished page goes to the output stream as the next case is read, so memory does not grow
 * with the number of cases. An embedded Unicode font (see {@link CiomsFonts}); black on white.
 */
public final class PdfExport {
    public static final String CONTENT_TYPE = "application/pdf";
    public static final String TITLE = "CIOMS FORM \u2014 SUSPECT ADVERSE REACTION REPORT";

    private final ReportContext context;
    private final String fontPath;

    public PdfExport(ReportContext context) {
        this(context, null);
    }

    /** @param fontPath a TrueType font for all text (CJK), or null for the embedded DejaVu Sans */
    public PdfExport(ReportContext context, String fontPath) {
        this.context = context;
        this.fontPath = fontPath;
    }

    /** Rows of one course arrive together (as {@link ReportQuery} yields them): each run is a case. */
    public void write(Iterator<AdverseEventReportRow> rows, OutputStream out) {
        write(byCase(rows), null, null, out);
    }

    /** Writes the document, led (when {@code counts} is given) by a cover page with the filters and counts. */
    public void write(Iterator<List<AdverseEventReportRow>> cases, ReportFilter filter, ReportCounts counts, OutputStream out) {
        CiomsFonts fonts = CiomsFonts.load(fontPath);
        PdfText text = new PdfText(fonts.normal);
        Document document = new Document(PageSize.A4, 36, 36, 54, 36);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setCloseStream(false);
        writer.setPageEvent(new Header(new Font(fonts.normal, 7), text.of(context.clinicName()),
                "Printed " + ClinicTime.format(context.generatedAt().toInstant(), context.generatedAt().getZone())));
        document.addTitle(TITLE);
        document.addCreator("Course Tracker");
        document.open();
        Font title = new Font(fonts.strong, 13);
        Font body = new Font(fonts.normal, 10);
        boolean first = true;
        if (counts != null) {
            document.add(new Paragraph("ADVERSE-EVENT REPORT \u2014 SUMMARY", title));
            document.add(new Paragraph("Clinic: " + text.of(context.clinicName()), body));
            if (filter != null) document.add(new Paragraph("Filters: " + text.of(filter.describe()), body));
            document.add(new Paragraph(counts.sentence(), body));
            document.add(new Paragraph(counts.included() == 0 ? "No adverse events match the selected filters."
                    : "One CIOMS I form per case (one patient and course, all its reactions) follows, from the next page.", body));
            first = false;
        }
        CiomsPage form = new CiomsPage(context);
        CiomsContinuation continuation = new CiomsContinuation(fonts, text);
        while (cases.hasNext()) {
            List<AdverseEventReportRow> rows = cases.next();
            if (!first) document.newPage();
            document.add(new Paragraph(" ", body)); // the form is drawn on the canvas; the page needs content to exist
            boolean overflow = form.render(writer.getDirectContent(), new CiomsBoxes(writer.getDirectContent(), fonts, text), rows);
            if (overflow || rows.size() > 1) {
                document.newPage();
                continuation.render(document, rows);
            }
            first = false;
        }
        if (first) {
            document.add(new Paragraph(TITLE, title));
            document.add(new Paragraph("No adverse events match the selected filters.", body));
        }
        document.close();
    }

    static Iterator<List<AdverseEventReportRow>> byCase(Iterator<AdverseEventReportRow> rows) {
        return new Iterator<>() {
            private AdverseEventReportRow next = rows.hasNext() ? rows.next() : null;

            public boolean hasNext() {
                return next != null;
            }

            public List<AdverseEventReportRow> next() {
                List<AdverseEventReportRow> c = new ArrayList<>();
                long course = next.drug().courseId();
                while (next != null && next.drug().courseId() == course) {
                    c.add(next);
                    next = rows.hasNext() ? rows.next() : null;
                }
                return c;
            }
        };
    }

    /** The clinic's name on the left and the print date and page number on the right of each page. */
    private static final class Header extends PdfPageEventHelper {
        private final Font font;
        private final String clinic;
        private final String printed;

        Header(Font font, String clinic, String printed) {
            this.font = font;
            this.clinic = clinic;
            this.printed = printed;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            float y = 830;
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_LEFT,
                    new Phrase(clinic, font), document.left() - 8, y, 0);
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_RIGHT,
                    new Phrase(printed + "  \u00b7  page " + writer.getPageNumber(), font), document.right() + 8, 14, 0);
        }
    }
}
