package org.clinic.courses.adverse;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Words on the side-effect pages (record and void). Translated with messages/adverse_xx.properties (see README, Configuration). */
@MessageBundle(value = "adverse", locale = "en")
public interface AdverseEventMessages {

    @Message("Record side effect")
    String title();

    @Message("Record side effect: {given} {family}")
    String heading(String given, String family);

    @Message("MRN {mrn}")
    String mrn(String mrn);

    @Message("Observed on")
    String fieldObservedOn();

    @Message("Side effect")
    String fieldTerm();

    @Message("Pick a known side effect or type another")
    String hintTerm();

    @Message("CTCAE grade")
    String legendGrade();

    @Message("Serious because of (leave empty if not serious)")
    String legendSerious();

    @Message("Action taken with the drug")
    String fieldAction();

    @Message("Outcome")
    String fieldOutcome();

    @Message("Causality (WHO-UMC)")
    String fieldCausality();

    @Message("Not assessed")
    String notAssessed();

    @Message("Notes")
    String fieldNotes();

    @Message("Save side effect")
    String save();

    @Message("Save side effect for {given} {family}")
    String saveFor(String given, String family);

    @Message("Void side effect")
    String voidTitle();

    @Message("Patient")
    String factPatient();

    @Message("Observed")
    String factObserved();

    @Message("(course day {day})")
    String courseDay(int day);

    @Message("grade {grade}")
    String grade(int grade);

    @Message("Recorded by")
    String factRecordedBy();

    @Message("Reason for voiding")
    String fieldVoidReason();

    @Message("Correct side effect")
    String correctTitle();

    @Message("Correct the side effect of {date}: {given} {family}")
    String correctHeading(java.time.LocalDate date, String given, String family);

    @Message("Entry being corrected")
    String correctingFacts();

    @Message("What was wrong")
    String fieldCorrectReason();

    @Message("Saved with the corrected copy; the original stays on the record, voided with this reason.")
    String hintCorrectReason();

    @Message("Save the correction")
    String saveCorrection();

    @Message("Save the correction for {given} {family}")
    String saveCorrectionFor(String given, String family);

    @Message("This entry was voided {at} by {user} and can no longer be corrected.")
    String alreadyVoided(String at, String user);

    @Message("Cancel")
    String cancel();

    // flash messages after a form

    @Message("Corrected: {term}, grade {grade}; the entry it replaces is voided.")
    String corrected(String term, int grade);

    @Message("Already corrected: {term}, grade {grade}.")
    String alreadyCorrected(String term, int grade);

    @Message("Recorded: {term}, grade {grade}.")
    String recorded(String term, int grade);

    @Message("Already recorded: {term}, grade {grade}.")
    String alreadyRecorded(String term, int grade);

    @Message("Side effect voided; it stays on the record, struck through.")
    String voided();
}
