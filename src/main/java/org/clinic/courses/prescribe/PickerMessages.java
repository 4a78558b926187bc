package org.clinic.courses.prescribe;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Words of the patient picker on the prescribing form. Translated with messages/pick_xx.properties. */
@MessageBundle(value = "pick", locale = "en")
public interface PickerMessages {
    @Message("Choose the patient")
    String title();

    @Message("Find the patient by name or MRN")
    String searchLabel();

    @Message("Find patient")
    String search();

    @Message("Type part of a name or MRN, then choose the patient.")
    String hint();

    @Message("{count} patients found")
    String found(long count);

    @Message("{count} patient found")
    String foundOne(long count);

    @Message("; the first {shown} are shown: type more of the name")
    String capped(int shown);

    @Message("No patient matches.")
    String none();

    @Message("Prescribe for {name}")
    String choose(String name);

    @Message("Patient")
    String patient();

    @Message("Born")
    String born();

    @Message("{date} ({age} years)")
    String bornOn(java.time.LocalDate date, int age);

    @Message("eGFR")
    String egfr();

    @Message("Choose another patient")
    String another();

    @Message("Choose the patient above first.")
    String chooseFirst();

    @Message("Read before prescribing")
    String readFirst();
}
