package org.clinic.courses.worklist;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import org.clinic.courses.safety.FlagCode;

import java.time.Instant;
import java.time.LocalDate;

/** Words on the nurse's worklist. Translated with messages/worklist_xx.properties (see README, Configuration). */
@MessageBundle(value = "worklist", locale = "en")
public interface WorklistMessages {

    @Message("Worklist")
    String title();

    @Message("Worklist for {today}")
    String heading(LocalDate today);

    @Message("Due today ({count})")
    String dueToday(int count);

    @Message("No doses left to give today.")
    String noneDue();

    @Message("MRN {mrn}")
    String mrn(String mrn);

    @Message("CRITICAL {code}:")
    String critical(FlagCode code);

    @Message("course day {day} of {length}")
    String courseDay(int day, int length);

    @Message("Nothing recorded today.")
    String nothingToday();

    @Message("at {time} by {user}")
    String atBy(Instant time, String user);

    @Message("Log a side effect")
    String logSideEffect();

    @Message("Full form")
    String fullForm();

    @Message("Lot")
    String fieldLot();

    @Message("Minutes")
    String fieldMinutes();

    @Message("Given")
    String given();

    @Message("Not given")
    String notGiven();

    @Message("Held")
    String held();

    @Message("Refused by the patient")
    String refused();

    @Message("Reason")
    String fieldReason();

    @Message("Record not given")
    String recordNotGiven();

    @Message("Done for today")
    String doneToday();

    @Message("Already complete today ({count})")
    String completeToday(int count);

    @Message("None yet.")
    String noneYet();

    // messages after logging a dose from the worklist

    @Message("Not saved: please correct the marked fields.")
    String notSavedFields();

    @Message("Not saved: {reason}")
    String notSaved(String reason);
}
