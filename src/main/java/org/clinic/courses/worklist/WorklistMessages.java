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
    String atBy(String time, String user);

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

    // compact rows (issue 11)

    @Message("Give")
    String give();

    @Message("Give {drug} {volume} ml to {family}{#if bed}, bed {bed}{/if}")
    String giveTo(String drug, String volume, String family, String bed);

    @Message("Record {drug} not given for {family}{#if bed}, bed {bed}{/if}")
    String notGivenFor(String drug, String family, String bed);

    @Message("bed {bed}")
    String bed(String bed);

    @Message("no bed")
    String noBed();

    @Message("Due")
    String chipDue();

    @Message("Held")
    String chipHeld();

    @Message("Leave as shown to record the moment you tap Give.")
    String hintTime();

    @Message("Course page")
    String coursePage();

    @Message("Do not give: awaiting physician")
    String doNotGive();

    @Message("Record as held (blocked)")
    String recordHeldBlocked();

    @Message("Record {drug} as held (blocked) for {family}{#if bed}, bed {bed}{/if}")
    String recordHeldBlockedFor(String drug, String family, String bed);

    @Message("Blocked: {flag}; awaiting physician")
    String heldBlockedNote(String flag);

    @Message("Ask the physician")
    String askPhysician();

    @Message("Ask the physician about {family}{#if bed}, bed {bed}{/if}")
    String askPhysicianAbout(String family, String bed);

    @Message("Physician asked at {time} by {user}")
    String physicianAsked(String time, String user);

    @Message("The physician is asked to review this course first.")
    String askedSaved();

    @Message("Nurses ask you to review ({count})")
    String askedQueue(int count);

    @Message("Not saved: log in again")
    String notSavedLogIn();

    @Message("Log in again")
    String logInAgain();

    @Message("Not saved: the connection failed. Your entry is still here; try again.")
    String notSavedNetwork();

    @Message("Restored what you typed before logging in. Not saved yet: check it and tap Give.")
    String restored();

    // toolbar: ward, search, sort, filters

    @Message("Ward")
    String fieldWard();

    @Message("All wards")
    String allWards();

    @Message("Find a patient")
    String fieldFind();

    @Message("Name, MRN or bed; or scan the wristband")
    String hintFind();

    @Message("Sort")
    String fieldSort();

    @Message("By bed")
    String sortBed();

    @Message("Still to give first")
    String sortDue();

    @Message("Show")
    String showList();

    @Message("Show rows")
    String filterLabel();

    @Message("{#switch f}{#case 'due'}Due{#case 'done'}Done{#case 'held'}Held{#case 'flagged'}Flagged{#else}All{/switch}")
    String filter(String f);

    @Message("Bed / transfer")
    String bedLink();

    // accessible names that say whose row a link belongs to (issue 11): the visible words come first

    @Message("Log a side effect for {family}{#if bed}, bed {bed}{/if}")
    String logSideEffectFor(String family, String bed);

    @Message("Full form for {family}{#if bed}, bed {bed}{/if}")
    String fullFormFor(String family, String bed);

    @Message("Course page of {family}{#if bed}, bed {bed}{/if}")
    String coursePageFor(String family, String bed);

    @Message("Bed / transfer for {family}{#if bed}, bed {bed}{/if}")
    String bedLinkFor(String family, String bed);

    @Message("No patient with MRN {mrn}.")
    String noPatientWithMrn(String mrn);

    @Message("No patient named “{name}”.")
    String noPatientNamed(String name);

    @Message("{name} (MRN {mrn}) is not on {ward}:")
    String notOnWard(String name, String mrn, String ward);

    @Message("{name} (MRN {mrn}) has no dose due today.")
    String nothingDueFor(String name, String mrn);

    @Message("No dose due today for a patient matching “{q}”.")
    String noneDueMatching(String q);

    @Message("No patient matching “{q}” has a dose due on {ward}:")
    String noneOnWardMatching(String q, String ward);

    @Message("show all wards")
    String showAllWards();

    @Message("Read from the pack:{#if lot} lot {lot},{/if}{#if expiry} expiry {expiry},{/if} GTIN {gtin}{#if serial}, serial {serial}{/if}. Check it, then tap Give.")
    String readFromPack(String lot, String expiry, String gtin, String serial);

    @Message("The lot may include the serial number: check the lot on the pack")
    String lotMayIncludeSerial();

    @Message("Read the pack")
    String readPack();

    @Message("Read the pack for {name}{#if bed}, bed {bed}{/if}")
    String readPackFor(String name, String bed);

    @Message("24-hour clock, YYYY-MM-DD HH:MM, clinic time ({zone}).")
    String timeFormat(String zone);
}
