package org.clinic.courses.safety;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Words on the flags page. Translated with messages/flag_xx.properties (see README, Configuration). */
@MessageBundle(value = "flag", locale = "en")
public interface FlagMessages {

    @Message("Flags")
    String title();

    @Message("Filter")
    String filter();

    @Message("Status")
    String status();

    @Message("Severity")
    String severity();

    @Message("any")
    String any();

    @Message("Kind")
    String kind();

    @Message("Raised from")
    String raisedFrom();

    @Message("Raised to")
    String raisedTo();

    @Message("Show")
    String show();

    @Message("Reset")
    String reset();

    @Message("No flags match this filter.")
    String noMatch();

    @Message("Flag")
    String colFlag();

    @Message("Patient")
    String colPatient();

    @Message("Course")
    String colCourse();

    @Message("Message")
    String colMessage();

    @Message("Raised")
    String colRaised();

    @Message("Action")
    String colAction();

    @Message("Note")
    String note();

    @Message("(optional)")
    String optional();

    @Message("Acknowledge")
    String acknowledge();

    @Message("Override reason")
    String overrideReason();

    @Message("(required)")
    String required();

    @Message("Override")
    String override();

    @Message("Resolve reason")
    String resolveReason();

    @Message("Resolve")
    String resolve();

    // flash messages after acting on a flag

    @Message("{flag} flag on course {course} acknowledged.")
    String acknowledged(String flag, Long course);

    @Message("{flag} flag on course {course} overridden.")
    String overridden(String flag, Long course);

    @Message("{flag} flag on course {course} resolved.")
    String resolved(String flag, Long course);

    // the list's caption and status notes

    @Message("Newest first; page {page} of {pages}.")
    String newestFirstPage(int page, int pages);

    @Message("Page")
    String page();

    @Message("Pages of flags")
    String pagesLabel();

    @Message("Newer flags")
    String newer();

    @Message("Older flags")
    String older();

    @Message("Newest first.")
    String newestFirst();

    @Message("day {day}")
    String day(Integer day);

    @Message("seen by {user}")
    String seenBy(String user);

    @Message("overridden by {user}:")
    String overriddenBy(String user);

    @Message("Your password (signs the override)")
    String overridePassword();

    @Message("Signed by {name} on")
    String signedBy(String name);

    @Message("resolved by {user}:")
    String resolvedBy(String user);
}
