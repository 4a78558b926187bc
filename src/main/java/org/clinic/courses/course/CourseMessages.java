package org.clinic.courses.course;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

import java.math.BigDecimal;

/** Words on the course page. Translated with messages/course_xx.properties (see README, Configuration). */
@MessageBundle(value = "course", locale = "en")
public interface CourseMessages {

    @Message("Course {id}")
    String title(Long id);

    @Message("for {indication}")
    String forIndication(String indication);

    @Message("{count} critical flags need a physician:")
    String criticalFlags(int count);

    @Message("{count} critical flag needs a physician:")
    String criticalFlag(int count);

    @Message("(day {day})")
    String dayInBrackets(Integer day);

    @Message("Patient")
    String patient();

    @Message("Name")
    String factName();

    @Message("(MRN {mrn})")
    String mrnInBrackets(String mrn);

    @Message("Age, sex")
    String factAgeSex();

    @Message("{age} years,")
    String ageYears(int age);

    @Message("Weight")
    String factWeight();

    @Message("{weight} kg")
    String weightKg(BigDecimal weight);

    @Message("{egfr} ml/min/1.73 m²")
    String egfrUnit(BigDecimal egfr);

    @Message("not recorded")
    String notRecorded();

    @Message("Conditions")
    String factConditions();

    @Message("Medications")
    String factMedications();

    @Message("Allergies")
    String factAllergies();

    @Message("none")
    String none();

    @Message("Prescription")
    String prescription();

    @Message("Indication")
    String factIndication();

    @Message("(protocol: {name})")
    String protocol(String name);

    @Message("(no catalog protocol matched)")
    String noProtocol();

    @Message("Route")
    String factRoute();

    @Message("Daily volume")
    String factDailyVolume();

    @Message("Dates")
    String factDates();

    @Message("Symptom onset")
    String factOnset();

    @Message("Prescribed by")
    String factPrescribedBy();

    @Message("Stopped")
    String factStopped();

    @Message("Signed off")
    String factSignedOff();

    @Message("Signature")
    String factSignature();

    @Message("Totals")
    String totals();

    @Message("Course timeline, one square per day")
    String timelineLabel();

    @Message("Green: given · amber: held or refused · red: nothing recorded on a due day · grey: not due.")
    String timelineKey();

    @Message("Log a dose")
    String logDose();

    @Message("Record a side effect")
    String recordSideEffect();

    @Message("Day by day")
    String dayByDay();

    @Message("Day")
    String colDay();

    @Message("Date")
    String colDate();

    @Message("Due")
    String colDue();

    @Message("Doses")
    String colDoses();

    @Message("Side effects")
    String colSideEffects();

    @Message("Flags")
    String colFlags();

    @Message("not due")
    String notDue();

    @Message("Void…")
    String voidSummary();

    @Message("Reason")
    String reason();

    @Message("Void dose")
    String voidDose();

    @Message("Void side effect")
    String voidSideEffect();

    // accessible names with the patient (issue 11): the visible words first

    @Message("Log a dose for {patient}")
    String logDoseFor(String patient);

    @Message("Record a side effect for {patient}")
    String recordSideEffectFor(String patient);

    @Message("Void… the dose of day {day} for {patient}")
    String voidDoseSummary(int day, String patient);

    @Message("Void the dose of day {day} for {patient}")
    String voidDoseFor(int day, String patient);

    @Message("Void… the side effect of day {day} for {patient}")
    String voidSideEffectSummary(int day, String patient);

    @Message("Void the side effect of day {day} for {patient}")
    String voidSideEffectFor(int day, String patient);

    @Message("Severity")
    String colSeverity();

    @Message("Code")
    String colCode();

    @Message("Message")
    String colMessage();

    @Message("Status")
    String colStatus();

    @Message("No flags.")
    String noFlags();

    @Message("Stop or sign off")
    String stopOrSignOff();

    @Message("Reason for stopping")
    String stopReason();

    @Message("Stop course")
    String stop();

    @Message("Sign off course")
    String signOff();

    // flash messages after a form

    @Message("Course prescribed.")
    String prescribed();

    @Message("Course stopped.")
    String stopped();

    @Message("Course signed off.")
    String signedOff();

    @Message("Correct this entry")
    String correctEntry();

    @Message("Correct this entry: the dose of day {day} for {patient}")
    String correctEntryFor(int day, String patient);

    @Message("Correct this entry: the side effect {term} of day {day} for {patient}")
    String correctSideEffectFor(String term, int day, String patient);
}
