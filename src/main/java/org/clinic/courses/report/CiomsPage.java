package org.clinic.courses.report;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import org.clinic.courses.adverse.SeriousCriterion;
import org.clinic.courses.report.AdverseEventReportRow.Challenge;

import java.util.Set;

import static org.clinic.courses.report.ReportText.*;

/** Lays out one adverse event as the four sections of a CIOMS I form. */
final class CiomsPage {
    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 13);
    private static final Font SECTION = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);
    private static final Font LABEL = FontFactory.getFont(FontFactory.HELVETICA, 7);
    private static final Font VALUE = FontFactory.getFont(FontFactory.HELVETICA, 9);

    private final ReportContext context;
    private final PdfText text;

    CiomsPage(ReportContext context, PdfText text) {
        this.context = context;
        this.text = text;
    }

    void render(Document document, AdverseEventReportRow row) {
        document.add(new Paragraph(PdfExport.TITLE, TITLE));
        document.add(new Paragraph("Report " + text.of(row.reportId()), VALUE));
        PdfPTable t = new PdfPTable(new float[]{1, 1, 1, 1});
        t.setWidthPercentage(100);
        t.setSpacingBefore(6);
        var p = row.patient();
        var r = row.reaction();
        var d = row.drug();
        section(t, "I. REACTION INFORMATION");
        cell(t, "1. Patient initials", p.initials(), 1);
        cell(t, "1a. Country", context.country(), 1);
        cell(t, "2. Age at onset (years)", p.ageAtOnset(), 1);
        cell(t, "3. Sex / 3a. Weight (kg)", words(p.sex()) + " / " + number(p.weightKg()), 1);
        cell(t, "4-6. Reaction onset", r.onsetDate() + " (course day " + r.courseDay() + ")", 2);
        cell(t, "Outcome", words(r.outcome()), 1);
        cell(t, "Causality (WHO-UMC)", words(r.causality()), 1);
        cell(t, "7 + 13. Describe reaction(s)", r.term() + " \u2014 CTCAE grade " + r.grade()
                + (r.description() == null ? "" : "\n" + r.description())
                + "\nAction taken with drug: " + words(r.action()), 4);
        cell(t, "8-12. Check all appropriate to adverse reaction", seriousness(r.serious(), r.seriousCriteria()), 4);
        section(t, "II. SUSPECT DRUG(S) INFORMATION");
        cell(t, "14. Suspect drug(s)", d.name() + " (" + d.code() + ")", 2);
        cell(t, "Lot number(s)", String.join(", ", d.lotNumbers()), 2);
        cell(t, "15. Daily dose(s)", number(d.dailyDoseMl()) + " ml"
                + (d.dailyDoseMg() == null ? "" : " (" + number(d.dailyDoseMg()) + " mg)"), 1);
        cell(t, "16. Route(s) of administration", words(d.route()), 1);
        cell(t, "17. Indication(s) for use", d.indication(), 2);
        cell(t, "18. Therapy dates (from / to)", d.therapyStart() + " / "
                + (d.therapyStop() == null ? "ongoing" : d.therapyStop()), 2);
        cell(t, "19. Therapy duration", d.therapyDays() == null ? "ongoing" : d.therapyDays() + " days", 2);
        cell(t, "20. Did reaction abate after stopping drug?", challenge(d.dechallenge()), 2);
        cell(t, "21. Did reaction reappear after reintroduction?", challenge(d.rechallenge()), 2);
        section(t, "III. CONCOMITANT DRUG(S) AND HISTORY");
        cell(t, "22. Concomitant drug(s) and dates of administration", items(row.history().medications()), 4);
        cell(t, "23. Other relevant history (diagnoses, allergies)", history(row), 4);
        section(t, "IV. MANUFACTURER / REPORTER INFORMATION");
        cell(t, "24a. Reporting clinic", context.clinicName(), 2);
        cell(t, "Reporter", row.reporter().username()
                + (row.reporter().role() == null ? "" : " (" + row.reporter().role() + ")"), 2);
        cell(t, "24b. Report number", row.reportId(), 1);
        cell(t, "24c. Recorded", row.reporter().recordedAt(), 1);
        cell(t, "24d. Report source", "Health professional", 1);
        cell(t, "25. Date of this report", context.generatedAt().toLocalDate(), 1);
        document.add(t);
    }

    private String seriousness(boolean serious, Set<SeriousCriterion> c) {
        return box(c.contains(SeriousCriterion.DEATH)) + " Patient died   "
                + box(c.contains(SeriousCriterion.HOSPITALISATION)) + " Involved or prolonged inpatient hospitalisation\n"
                + box(c.contains(SeriousCriterion.DISABILITY)) + " Involved persistent or significant disability or incapacity   "
                + box(c.contains(SeriousCriterion.LIFE_THREATENING)) + " Life threatening\n"
                + box(c.contains(SeriousCriterion.CONGENITAL_ANOMALY)) + " Congenital anomaly   "
                + box(c.contains(SeriousCriterion.OTHER_IMPORTANT)) + " Other medically important condition\n"
                + "Serious: " + (serious ? "yes" : "no");
    }

    private static String challenge(Challenge answer) {
        return box(answer == Challenge.YES) + " Yes   " + box(answer == Challenge.NO) + " No   "
                + box(answer == Challenge.NOT_APPLICABLE) + " N/A   " + box(answer == Challenge.UNKNOWN) + " Unknown";
    }

    private static String history(AdverseEventReportRow row) {
        String conditions = items(row.history().conditions());
        String allergies = items(row.history().allergies());
        return (conditions.isEmpty() ? "No conditions recorded" : conditions)
                + "\nAllergies: " + (allergies.isEmpty() ? "none recorded" : allergies);
    }

    private static String box(boolean checked) {
        return checked ? "[X]" : "[ ]";
    }

    private void section(PdfPTable table, String title) {
        PdfPCell cell = new PdfPCell(new Phrase(title, SECTION));
        cell.setColspan(4);
        cell.setPaddingTop(5);
        cell.setPaddingBottom(5);
        cell.setBorderWidth(1.2f);
        table.addCell(cell);
    }

    private void cell(PdfPTable table, String label, Object value, int span) {
        Paragraph content = new Paragraph();
        content.add(new Phrase(label + "\n", LABEL));
        content.add(new Phrase(text.of(orEmpty(value)), VALUE));
        PdfPCell cell = new PdfPCell();
        cell.addElement(content);
        cell.setColspan(span);
        cell.setPaddingBottom(4);
        table.addCell(cell);
    }
}
