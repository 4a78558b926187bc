package org.clinic.courses.report;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Words on the adverse-event report page. Translated with messages/report_xx.properties (see README, Configuration). */
@MessageBundle(value = "report", locale = "en")
public interface ReportMessages {

    @Message("Adverse-event reports")
    String title();

    @Message("Filters")
    String filters();

    @Message("Onset from")
    String onsetFrom();

    @Message("Onset to")
    String onsetTo();

    @Message("Any drug")
    String anyDrug();

    @Message("Patient id or MRN; blank for all patients")
    String hintPatient();

    @Message("Serious events only")
    String seriousOnly();

    @Message("Format:")
    String formatLabel();

    @Message("Show preview")
    String showPreview();

    @Message("Preview")
    String preview();

    @Message("adverse event matches these filters.")
    String eventMatches();

    @Message("adverse events match these filters.")
    String eventsMatch();

    @Message("voided record is left out of the preview and every download.")
    String voidedRecord();

    @Message("voided records are left out of the preview and every download.")
    String voidedRecords();

    @Message("Download CSV")
    String downloadCsv();

    @Message("Download PDF (CIOMS I)")
    String downloadPdf();

    @Message("Download FHIR R4 bundle")
    String downloadFhir();

    @Message("Download E2B(R3) XML")
    String downloadE2b();

    @Message("Nullify a case")
    String nullifyTitle();

    @Message("Withdraw a case a receiver already holds (E2B nullification). The next export of the case sends the nullification report; the case is never sent as a follow-up again.")
    String nullifyIntro();

    @Message("Case id")
    String caseId();

    @Message("As sent, for example PL-SZP.LODZ-42")
    String hintCaseId();

    @Message("Reason for the nullification")
    String nullifyReason();

    @Message("Nullify case")
    String nullifyButton();

    @Message("Case {caseId} nullified (version {version}); the next export sends the nullification report.")
    String nullified(String caseId, int version);

    @Message("Every download is recorded in the audit log with your name, the filters and the number of rows.")
    String auditHint();

    @Message("No adverse events match these filters.")
    String noneMatch();

    @Message("Report")
    String colReport();

    @Message("Onset")
    String colOnset();

    @Message("Reaction")
    String colReaction();

    @Message("Grade")
    String colGrade();

    @Message("Serious")
    String colSerious();

    @Message("Outcome")
    String colOutcome();

    @Message("Causality")
    String colCausality();

    @Message("serious")
    String serious();

    @Message("no")
    String notSerious();

    @Message("Showing the first {limit} of {included} events; the downloads hold all of them.")
    String truncated(int limit, long included);
}
