package org.clinic.courses.dose;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Words on the dose pages (log and void an administration), also used by the worklist. Translated with messages/dose_xx.properties (see README, Configuration). */
@MessageBundle(value = "dose", locale = "en")
public interface DoseMessages {

    @Message("Log administration")
    String title();

    @Message("Log administration: {given} {family}")
    String heading(String given, String family);

    @Message("MRN")
    String factMrn();

    @Message("Drug")
    String factDrug();

    @Message("Prescribed")
    String factPrescribed();

    @Message("{volume} ml a day")
    String mlADay(BigDecimal volume);

    @Message("{from} to {to}")
    String dateRange(LocalDate from, LocalDate to);

    @Message("Status")
    String fieldStatus();

    @Message("Time")
    String fieldTime();

    @Message("Route")
    String fieldRoute();

    @Message("Volume (ml)")
    String fieldVolume();

    @Message("0 when held or refused")
    String hintVolume();

    @Message("Site")
    String fieldSite();

    @Message("Required for IM injections")
    String hintSite();

    @Message("Lot number")
    String fieldLotNumber();

    @Message("Infusion (IV infusion only)")
    String legendInfusion();

    @Message("Diluent")
    String fieldDiluent();

    @Message("Diluent added (ml)")
    String fieldDiluentAdded();

    @Message("Duration (minutes)")
    String fieldDuration();

    @Message("Notes")
    String fieldNotes();

    @Message("(the reason, when held or refused)")
    String hintNotes();

    @Message("Save administration")
    String save();

    @Message("Cancel")
    String cancel();

    @Message("Void administration")
    String voidTitle();

    @Message("Patient")
    String factPatient();

    @Message("Course day")
    String factCourseDay();

    @Message("Given")
    String factGiven();

    @Message("Recorded by")
    String factRecordedBy();

    @Message("Voided")
    String factVoided();

    @Message("by {user}:")
    String voidedBy(String user);

    @Message("Reason for voiding")
    String fieldVoidReason();

    @Message("The record stays readable, struck through, with your name and this reason.")
    String hintVoidReason();

    // flash messages after a form

    @Message("{volume} ml given")
    String givenMl(String volume);

    @Message("dose {status}")
    String notGiven(String status);

    @Message("Recorded: {what} on course day {day}{#if newFlags > 0}; {newFlags} new flag(s) to review{/if}.")
    String recorded(String what, int day, int newFlags);

    @Message("Already recorded: {what} on course day {day}{#if newFlags > 0}; {newFlags} new flag(s) to review{/if}.")
    String alreadyRecorded(String what, int day, int newFlags);

    @Message("Administration voided; it stays on the record, struck through.")
    String voided();

    // a volume asked about before saving (VolumeSlip)

    @Message("{entered} ml entered; the order is {ordered} ml. Check the volume, or confirm it.")
    String slipDiffers(String entered, String ordered);

    @Message("{entered} ml entered; the order is {ordered} ml and the most for this route is {max} ml. Check the volume, or confirm it.")
    String slipOverLimit(String entered, String ordered, String max);

    @Message("Yes, {entered} ml was given")
    String confirmVolume(String entered);

    @Message("Times are clinic time ({zone})")
    String timesIn(String zone);

    // scanning the pack (GS1 DataMatrix)

    @Message("Scan the pack")
    String fieldScan();

    @Message("Scan the pack's code: lot and expiry are read from it; a wrong drug or an expired pack is refused.")
    String hintScan();

    @Message("Use the camera")
    String scanCamera();

    @Message("Use the camera to scan the pack for {family}")
    String scanCameraFor(String family);

    @Message("Save administration for {given} {family}")
    String saveFor(String given, String family);

    @Message("Pick a site")
    String pickSite();

    @Message("Correct the entry of {time}: {given} {family}")
    String correctHeading(String time, String given, String family);

    @Message("Correct entry")
    String correctTitle();

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

    @Message("Corrected: {what} on course day {day}; the entry it replaces is voided.")
    String corrected(String what, int day);

    @Message("Already corrected: {what} on course day {day}.")
    String alreadyCorrected(String what, int day);

    @Message("24-hour clock, clinic time ({zone}):")
    String timeReadout(String zone);

    @Message("Leave as shown to record the moment you tap Save administration.")
    String hintTimeTap();

    @Message("Leave as shown to keep the original time.")
    String hintTimeKept();

    @Message("Restored what you typed before logging in. Not saved yet: check it and tap Save administration.")
    String restored();
}
