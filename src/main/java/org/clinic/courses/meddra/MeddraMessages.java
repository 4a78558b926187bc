package org.clinic.courses.meddra;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Words on the MedDRA pages (import, coding). Translated with messages/meddra_xx.properties. */
@MessageBundle(value = "meddra", locale = "en")
public interface MeddraMessages {
    @Message("MedDRA")
    String title();

    @Message("Import the clinic's licensed MedDRA release from the MSSO ASCII files. Every release stays on record; the latest imported is used for new coding.")
    String intro();

    @Message("Releases")
    String releases();

    @Message("No MedDRA release is imported yet.")
    String noRelease();

    @Message("Version")
    String version();

    @Message("For example 27.0; leave empty to read it from meddra_release.asc")
    String hintVersion();

    @Message("Lowest-level terms (llt.asc)")
    String lltFile();

    @Message("Preferred terms (pt.asc)")
    String ptFile();

    @Message("Hierarchy (mdhier.asc)")
    String mdhierFile();

    @Message("Release file (meddra_release.asc, optional)")
    String releaseFile();

    @Message("Import release")
    String importRelease();

    @Message("LLTs")
    String llts();

    @Message("PTs")
    String pts();

    @Message("Imported")
    String imported();

    @Message("current")
    String current();

    @Message("MedDRA {version} imported: {llts} lowest-level terms, {pts} preferred terms.")
    String importedFlash(String version, int llts, int pts);

    @Message("Code the side effect")
    String codingTitle();

    @Message("Verbatim term (as recorded, never changed)")
    String verbatim();

    @Message("Coded as")
    String codedAs();

    @Message("Not coded yet.")
    String notCoded();

    @Message("current coding")
    String currentChoice();

    @Message("Reason:")
    String reasonShown();

    @Message("Earlier codings")
    String earlier();

    @Message("Suggested lowest-level terms (MedDRA {version})")
    String suggestions(String version);

    @Message("No current term matches. Search for another term below.")
    String noSuggestion();

    @Message("exact")
    String matchEXACT();

    @Message("starts with")
    String matchPREFIX();

    @Message("all words")
    String matchWORDS();

    @Message("Search another term")
    String search();

    @Message("Term to search")
    String searchTerm();

    @Message("Reason for changing the coding")
    String reason();

    @Message("Needed when the term was coded before")
    String hintReason();

    @Message("Confirm coding")
    String confirm();

    @Message("Coded as MedDRA {version} {code} {name}.")
    String codedFlash(String version, String code, String name);

    @Message("Import a MedDRA release first (administrator: MedDRA page).")
    String importFirst();

    @Message("MedDRA coding")
    String codeLink();

    @Message("MedDRA coding of the side effect of day {day} for {patient}")
    String codeLinkFor(int day, String patient);

    @Message("by {user}, {at}")
    String by(String user, String at);

    @Message("Back to the course")
    String backToCourse();
}
