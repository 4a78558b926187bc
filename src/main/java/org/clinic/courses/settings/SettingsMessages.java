package org.clinic.courses.settings;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Words on the clinic settings page. Translated with messages/settings_xx.properties. */
@MessageBundle(value = "settings", locale = "en")
public interface SettingsMessages {

    @Message("Clinic settings")
    String title();

    @Message("Settings")
    String navSettings();

    @Message("How the clinic appears as the sender of its adverse-event reports (CIOMS I, E2B, FHIR).")
    String intro();

    @Message("Organisation name")
    String organisationName();

    @Message("Address")
    String address();

    @Message("Street, postcode, town, as it should appear on a report")
    String hintAddress();

    @Message("Country")
    String country();

    @Message("ISO 3166-1 two-letter code, such as AT, PL or GR")
    String hintCountry();

    @Message("Sender id")
    String senderId();

    @Message("The identifier the regulator or manufacturer knows the clinic by; part of every case id")
    String hintSenderId();

    @Message("Default receiver")
    String defaultReceiver();

    @Message("Who reports are sent to when the export does not say (for example a national authority)")
    String hintDefaultReceiver();

    @Message("Save settings")
    String save();

    @Message("Clinic settings saved.")
    String saved();
}
