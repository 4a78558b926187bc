package org.clinic.courses.ward;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Words on the ward pages. Translated with messages/ward_xx.properties (see README, Configuration). */
@MessageBundle(value = "ward", locale = "en")
public interface WardMessages {
    @Message("Wards")
    String title();

    @Message("No wards yet.")
    String none();

    @Message("Code")
    String fieldCode();

    @Message("Name")
    String fieldName();

    @Message("Add a ward")
    String add();

    @Message("Ward {code} added.")
    String added(String code);

    @Message("Bed of {given} {family}")
    String bedTitle(String given, String family);

    @Message("Now")
    String now();

    @Message("No bed assigned.")
    String noBed();

    @Message("{ward}, bed {bed}")
    String place(String ward, String bed);

    @Message("Admit or transfer")
    String assignHeading();

    @Message("Ward")
    String fieldWard();

    @Message("Bed")
    String fieldBed();

    @Message("Save the bed")
    String save();

    @Message("History")
    String history();

    @Message("from {from} by {by}{#if to}, until {to} by {toBy}{/if}")
    String span(String from, String by, String to, String toBy);

    @Message("{given} {family} is now in {ward}, bed {bed}.")
    String assigned(String given, String family, String ward, String bed);

    @Message("Back")
    String back();

    @Message("Pick a ward")
    String pickWard();
}
