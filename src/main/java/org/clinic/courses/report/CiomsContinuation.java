package org.clinic.courses.report;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;

import java.util.List;

/**
 * The continuation pages of a case: every reaction in full, the concomitant drugs and history
 * that did not fit their boxes, and the case narrative. Flows over as many pages as it needs.
 */
final class CiomsContinuation {
    private final Font heading;
    private final Font body;
    private final PdfText text;

    CiomsContinuation(CiomsFonts fonts, PdfText text) {
        this.heading = new Font(fonts.strong, 10);
        this.body = new Font(fonts.normal, 8.5f);
        this.text = text;
    }

    void render(Document document, List<AdverseEventReportRow> rows) {
        var ref = rows.get(0).caseRef();
        document.add(new Paragraph(text.of("CIOMS FORM \u2014 CONTINUATION, case " + ref.caseId() + " version " + ref.version()), heading));
        document.add(new Paragraph("7 + 13. Reactions (all " + rows.size() + ")", heading));
        for (String line : CiomsPage.reactions(rows).split("\n")) document.add(new Paragraph(text.of(line), body));
        var h = rows.get(0).history();
        document.add(new Paragraph("22. Concomitant drug(s)", heading));
        document.add(new Paragraph(text.of(h.medications().isEmpty() ? "None recorded" : ReportText.items(h.medications())), body));
        document.add(new Paragraph("23. Other relevant history", heading));
        document.add(new Paragraph(text.of(CiomsPage.history(rows.get(0))), body));
        document.add(new Paragraph("Case narrative", heading));
        document.add(new Paragraph(text.of(CaseNarrative.of(rows)), body));
    }
}
