package org.clinic.courses.report;

import com.lowagie.text.Element;
import com.lowagie.text.pdf.PdfContentByte;
import org.clinic.courses.adverse.Outcome;
import org.clinic.courses.adverse.SeriousCriterion;
import org.clinic.courses.report.AdverseEventReportRow.Challenge;
import org.clinic.courses.report.cases.VersionKind;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.clinic.courses.report.ReportText.*;

/**
 * One case on the CIOMS I form: boxes 1 to 25 where the printed form has them (the seriousness
 * ticks 8-12 top right, 20 and 21 beside the drug, 24a-24d and 25a at the foot). Every reaction of
 * the case is listed in 7+13; what does not fit goes on continuation pages ({@link CiomsContinuation}).
 */
final class CiomsPage {
    static final float LEFT = 28, RIGHT = 567, MID = 440, WIDTH = RIGHT - LEFT;
    private final ReportContext context;

    CiomsPage(ReportContext context) {
        this.context = context;
    }

    /** Draws the form; returns true when some text did not fit and continuation pages must follow. */
    boolean render(PdfContentByte canvas, CiomsBoxes b, List<AdverseEventReportRow> rows) {
        AdverseEventReportRow first = rows.get(0);
        var p = first.patient();
        var d = first.drug();
        List<String> lots = rows.stream().flatMap(r -> r.drug().lotNumbers().stream()).distinct().toList();
        boolean fits = true;
        b.heading(LEFT, 808, "CIOMS FORM", 12, Element.ALIGN_LEFT);
        b.heading((LEFT + RIGHT) / 2, 790, "SUSPECT ADVERSE REACTION REPORT", 11, Element.ALIGN_CENTER);
        for (int i = 0; i < 8; i++) b.rule(MID + i * 15.9f, 818, 15.9f, 12);
        for (int i = 0; i < 8; i++) b.rule(MID + i * 15.9f, 806, 15.9f, 12);
        b.band(LEFT, 780, WIDTH, "I. REACTION INFORMATION");
        float top = 769;
        b.box(LEFT, top, 90, 34, "1. PATIENT INITIALS (first, last)", p.initials());
        b.box(118, top, 45, 34, "1a. COUNTRY", context.country());
        b.box(163, top, 95, 34, "2. DATE OF BIRTH (Day Month Year)", dmy(p.birthDate()));
        b.box(258, top, 40, 34, "2a. AGE Years", orEmpty(p.ageAtOnset()));
        b.box(298, top, 35, 34, "3. SEX", words(p.sex()));
        b.box(333, top, 40, 34, "3a. WEIGHT (kg)", number(p.weightKg()));
        b.box(373, top, 67, 34, "4-6. REACTION ONSET (Day Month Year)", dmy(first.reaction().onsetDate()));
        seriousness(b, top, rows);
        fits &= b.box(LEFT, top - 34, MID - LEFT, 140, "7 + 13. DESCRIBE REACTION(S) (including relevant tests/lab data)",
                reactions(rows));
        b.band(LEFT, 590, WIDTH, "II. SUSPECT DRUG(S) INFORMATION");
        top = 579;
        fits &= b.box(LEFT, top, MID - LEFT, 34, "14. SUSPECT DRUG(S) (include generic name)",
                d.name() + (lots.isEmpty() ? "" : "; lot(s) " + String.join(", ", lots)));
        fits &= challenge(b, top, 68, "20. DID REACTION ABATE AFTER STOPPING DRUG?",
                caseAnswer(rows.stream().map(r -> r.drug().dechallenge()).toList()));
        b.box(LEFT, top - 34, 206, 34, "15. DAILY DOSE(S)", number(d.dailyDoseMl()) + " ml"
                + (d.dailyDoseMg() == null ? "" : " (" + number(d.dailyDoseMg()) + " mg)")
                + (d.cumulativeDoseMl() == null ? "" : "; cumulative to onset " + number(d.cumulativeDoseMl()) + " ml"));
        b.box(234, top - 34, MID - 234, 34, "16. ROUTE(S) OF ADMINISTRATION", words(d.route()));
        fits &= b.box(LEFT, top - 68, MID - LEFT, 34, "17. INDICATION(S) FOR USE", d.indication());
        fits &= challenge(b, top - 68, 68, "21. DID REACTION REAPPEAR AFTER REINTRODUCTION?",
                caseAnswer(rows.stream().map(r -> r.drug().rechallenge()).toList()));
        b.box(LEFT, top - 102, 206, 34, "18. THERAPY DATES (from/to)", !d.given() ? "not given (no dose before the report)"
                : dmy(d.therapyStart()) + " \u2013 " + (d.therapyStop() == null ? "continuing" : dmy(d.therapyStop())));
        b.box(234, top - 102, MID - 234, 34, "19. THERAPY DURATION", !d.given() ? "unknown (no dose given)"
                : d.therapyDays() == null ? "continuing" : days(d.therapyDays()) + " (first to last dose)");
        b.band(LEFT, 435, WIDTH, "III. CONCOMITANT DRUG(S) AND HISTORY");
        fits &= b.box(LEFT, 424, WIDTH, 60, "22. CONCOMITANT DRUG(S) AND DATES OF ADMINISTRATION (exclude those used to treat reaction)",
                concomitants(first, context.generatedAt().getZone()));
        fits &= b.box(LEFT, 364, WIDTH, 70, "23. OTHER RELEVANT HISTORY (e.g. diagnostics, allergies, pregnancy with last month of period, etc.)",
                history(first));
        b.band(LEFT, 290, WIDTH, "IV. MANUFACTURER INFORMATION");
        top = 279;
        b.box(LEFT, top, 272, 70, "24a. NAME AND ADDRESS OF MANUFACTURER",
                d.holderName() == null ? "" : d.holderName() + (d.holderAddress() == null ? "" : "\n" + d.holderAddress()));
        b.box(300, top, RIGHT - 300, 70, "REPORTER (physician confirming this report) AND SENDER", reporter());
        var ref = first.caseRef();
        b.box(LEFT, top - 70, 136, 34, "24b. MFR CONTROL NO.", "");
        b.box(164, top - 70, 136, 34, "24c. DATE RECEIVED BY MANUFACTURER", "");
        b.rule(300, top - 70, RIGHT - 300, 34);
        b.caption(300, top - 70, RIGHT - 300, "24d. REPORT SOURCE");
        float y = top - 92;
        b.tick(304, y, false, "STUDY");
        b.tick(350, y, false, "LITERATURE");
        b.tick(410, y, true, "HEALTH PROFESSIONAL");
        b.tick(500, y, false, "OTHER:");
        b.box(LEFT, top - 104, 136, 34, "DATE OF THIS REPORT", dmy(context.generatedAt().toLocalDate()));
        b.rule(164, top - 104, 136, 34);
        b.caption(164, top - 104, 136, "25a. REPORT TYPE");
        b.tick(168, top - 128, ref.kind() == VersionKind.INITIAL, "INITIAL");
        b.tick(220, top - 128, ref.kind() != VersionKind.INITIAL, "FOLLOWUP" + (ref.kind() == VersionKind.FOLLOW_UP
                ? " " + (ref.version() - 1) : ref.kind() == VersionKind.NULLIFICATION ? " (nullification)" : ""));
        b.box(300, top - 104, RIGHT - 300, 34, "CASE ID / VERSION", ref.caseId() + " / version " + ref.version());
        return !fits;
    }

    private void seriousness(CiomsBoxes b, float top, List<AdverseEventReportRow> rows) {
        Set<SeriousCriterion> c = rows.stream().flatMap(r -> r.reaction().seriousCriteria().stream()).collect(Collectors.toSet());
        boolean died = c.contains(SeriousCriterion.DEATH) || rows.stream().anyMatch(r -> r.reaction().outcome() == Outcome.FATAL);
        b.rule(MID, top, RIGHT - MID, 174);
        b.caption(MID, top, RIGHT - MID, "8-12. CHECK ALL APPROPRIATE TO ADVERSE REACTION");
        float y = top - 24, width = RIGHT - MID - 7;
        b.tick(MID + 5, y, died, "PATIENT DIED", width);
        b.tick(MID + 5, y - 22, c.contains(SeriousCriterion.HOSPITALISATION), "INVOLVED OR PROLONGED INPATIENT HOSPITALISATION", width);
        b.tick(MID + 5, y - 48, c.contains(SeriousCriterion.DISABILITY), "INVOLVED PERSISTENCE OR SIGNIFICANT DISABILITY OR INCAPACITY", width);
        b.tick(MID + 5, y - 74, c.contains(SeriousCriterion.LIFE_THREATENING), "LIFE THREATENING", width);
        b.tick(MID + 5, y - 96, c.contains(SeriousCriterion.CONGENITAL_ANOMALY), "CONGENITAL ANOMALY", width);
        b.tick(MID + 5, y - 118, c.contains(SeriousCriterion.OTHER_IMPORTANT), "OTHER MEDICALLY IMPORTANT CONDITION", width);
    }

    /** Boxes 20 and 21; false when the note under the ticks did not fit. */
    private boolean challenge(CiomsBoxes b, float top, float h, String caption, Challenge answer) {
        b.rule(MID, top, RIGHT - MID, h);
        b.caption(MID, top, RIGHT - MID, caption);
        float y = top - 34;
        b.tick(MID + 5, y, answer == Challenge.YES, "YES");
        b.tick(MID + 40, y, answer == Challenge.NO, "NO");
        b.tick(MID + 72, y, answer == Challenge.NOT_APPLICABLE, "NA");
        String note = (answer == Challenge.UNKNOWN ? "unknown " : "") + "(all reactions; each in 7+13)";
        return b.fill(MID, y - 4, RIGHT - MID, 28, note);
    }

    /**
     * One answer for the case's reactions (one form, one drug): yes when any reaction says yes, else no
     * when any says no, else unknown when any is unknown, else not applicable.
     */
    static Challenge caseAnswer(List<Challenge> answers) {
        for (Challenge c : List.of(Challenge.YES, Challenge.NO, Challenge.UNKNOWN)) {
            if (answers.contains(c)) return c;
        }
        return Challenge.NOT_APPLICABLE;
    }

    static String reactions(List<AdverseEventReportRow> rows) {
        StringBuilder out = new StringBuilder();
        for (AdverseEventReportRow r : rows) {
            var x = r.reaction();
            out.append(dmy(x.onsetDate())).append("  ").append(x.term())
                    .append(x.meddraLltCode() == null ? "" : " [MedDRA " + x.meddraVersion() + " LLT " + x.meddraLltCode()
                            + " " + x.meddraLltTerm() + ", PT " + x.meddraPtCode() + " " + x.meddraPtTerm() + "]")
                    .append(" \u2014 CTCAE grade ").append(x.grade())
                    .append(x.serious() ? ", serious" : "").append("; outcome ").append(words(x.outcome()).toLowerCase())
                    .append("; action ").append(words(x.action()).toLowerCase())
                    .append("; causality ").append(words(x.causality()).toLowerCase())
                    .append("; dechallenge ").append(CaseNarrative.challenge(r.drug().dechallenge()))
                    .append("; rechallenge ").append(CaseNarrative.challenge(r.drug().rechallenge()))
                    .append(r.drug().daysToOnset() == null ? "" : "; " + days(r.drug().daysToOnset()) + " after first dose")
                    .append(sentence(x.description()).isEmpty() ? "" : ". " + sentence(x.description())).append('\n');
        }
        var p = rows.get(0).patient();
        if (p.egfr() != null) out.append("Test: eGFR ").append(number(p.egfr())).append(" mL/min/1.73 m\u00b2\n");
        return out.toString().strip();
    }

    /** Each medication with the clinic's calendar day it was recorded, in the form's own date style. */
    private static String concomitants(AdverseEventReportRow row, java.time.ZoneId zone) {
        String meds = row.history().medications().stream()
                .map(m -> m.name() + (m.recordedAt() == null ? ""
                        : " (recorded " + dmy(m.recordedAt().atZone(zone).toLocalDate()) + ")"))
                .collect(Collectors.joining("; "));
        return meds.isEmpty() ? "None recorded" : meds;
    }

    /** Box 23, the same words on the form and on the continuation page. */
    static String history(AdverseEventReportRow row) {
        String conditions = items(row.history().conditions());
        String allergies = items(row.history().allergies());
        return (conditions.isEmpty() ? "No conditions recorded" : conditions)
                + "\nAllergies: " + (allergies.isEmpty() ? "none recorded" : allergies);
    }

    private String reporter() {
        var r = context.reporter();
        String who = r == null ? "" : r.name() + (r.qualification() == null ? "" : ", " + words(r.qualification()).toLowerCase())
                + (r.contact() == null ? "" : ", " + r.contact());
        return who + "\n" + orEmpty(context.clinicName()) + (context.address() == null ? "" : ", " + context.address())
                + (context.country() == null ? "" : " (" + context.country() + ")");
    }

    static String dmy(LocalDate day) {
        return day == null ? "" : String.format("%02d %s %d", day.getDayOfMonth(),
                day.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ENGLISH).toUpperCase(), day.getYear());
    }
}
