package org.clinic.courses.report;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;

import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;

/**
 * One CIOMS I style case report per adverse event, a page (or more) each. Each finished page goes
 * to the output stream as the next row is read, so memory does not grow with the number of rows.
 * Standard Helvetica only, black on white: nothing depends on colour.
 */
public final class PdfExport {
    public static final String CONTENT_TYPE = "application/pdf";
    public static final String TITLE = "CIOMS FORM \u2014 SUSPECT ADVERSE REACTION REPORT";
    private static final DateTimeFormatter PRINTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx");

    private final ReportContext context;

    public PdfExport(ReportContext context) {
        this.context = context;
    }

    /** Writes the whole document to {@code out}; does not close it. */
    public void write(Iterator<AdverseEventReportRow> rows, OutputStream out) {
        write(rows, null, null, out);
    }

    /**
     * Writes the document, led (when {@code counts} is given) by a cover page stating the filters,
     * how many case reports follow and how many voided records were left out.
     */
    public void write(Iterator<AdverseEventReportRow> rows, ReportFilter filter, ReportCounts counts, OutputStream out) {
        PdfText text = new PdfText();
        Document document = new Document(PageSize.A4, 36, 36, 54, 36);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setCloseStream(false);
        writer.setPageEvent(new Header(text.of(context.clinicName()),
                "Printed " + context.generatedAt().format(PRINTED)));
        document.addTitle(TITLE);
        document.addCreator("Course Tracker");
        document.open();
        CiomsPage page = new CiomsPage(context, text);
        boolean first = true;
        if (counts != null) {
            cover(document, text, filter, counts);
            document.newPage(); // the first case report starts on a page of its own
        }
        while (rows.hasNext()) {
            if (!first) document.newPage();
            page.render(document, rows.next());
            first = false;
        }
        if (first && counts == null) {
            document.add(new Paragraph(TITLE, FontFactory.getFont(FontFactory.HELVETICA_BOLD, 13)));
            document.add(new Paragraph("No adverse events match the selected filters.",
                    FontFactory.getFont(FontFactory.HELVETICA, 10)));
        }
        document.close();
    }

    private void cover(Document document, PdfText text, ReportFilter filter, ReportCounts counts) {
        document.add(new Paragraph("ADVERSE-EVENT REPORT \u2014 SUMMARY", FontFactory.getFont(FontFactory.HELVETICA_BOLD, 13)));
        Font body = FontFactory.getFont(FontFactory.HELVETICA, 10);
        document.add(new Paragraph("Clinic: " + text.of(context.clinicName()), body));
        if (filter != null) document.add(new Paragraph("Filters: " + text.of(filter.describe()), body));
        document.add(new Paragraph(counts.sentence(), body));
        document.add(new Paragraph(counts.included() == 0 ? "No adverse events match the selected filters."
                : "One CIOMS I case report per adverse event follows, from the next page.", body));
    }

    /** The clinic's name on the left and the print date and page number on the right of each page. */
    private static final class Header extends PdfPageEventHelper {
        private final Font font = FontFactory.getFont(FontFactory.HELVETICA, 8);
        private final String clinic;
        private final String printed;

        Header(String clinic, String printed) {
            this.clinic = clinic;
            this.printed = printed;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            float y = document.top() + 24;
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_LEFT,
                    new Phrase(clinic, font), document.left(), y, 0);
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_RIGHT,
                    new Phrase(printed + "  \u00b7  page " + writer.getPageNumber(), font), document.right(), y, 0);
        }
    }
}
