package org.clinic.courses.drugchart;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Words of the paper drug chart. Translated with messages/mar_xx.properties. */
@MessageBundle(value = "mar", locale = "en")
public interface DrugChartMessages {
    @Message("Drug chart: course {id}")
    String title(Long id);

    @Message("Medication administration record")
    String heading();

    @Message("Patient")
    String patient();

    @Message("MRN")
    String mrn();

    @Message("Born")
    String born();

    @Message("Drug")
    String drug();

    @Message("{ml} ml a day, {route}")
    String dose(String ml, String route);

    @Message("Course")
    String course();

    @Message("{from} to {to}, {days} days")
    String dates(java.time.LocalDate from, java.time.LocalDate to, int days);

    @Message("Allergies")
    String allergies();

    @Message("Day")
    String day();

    @Message("Date")
    String date();

    @Message("Prescribed (ml)")
    String prescribed();

    @Message("Given / held / missed")
    String status();

    @Message("Given (ml)")
    String given();

    @Message("Lot")
    String lot();

    @Message("Time")
    String time();

    @Message("Nurse initials")
    String initials();

    @Message("Checked")
    String checked();

    @Message("Write G given, H held, R refused, M missed and your initials. Empty boxes: days still to come.")
    String key();

    @Message("Prescriber (name, signature, date)")
    String prescriberSignature();

    @Message("Checked by pharmacist (name, signature, date)")
    String pharmacistSignature();

    @Message("Course reviewed and signed off (physician, signature, date)")
    String signOffSignature();

    @Message("Printed {at}")
    String printed(String at);

    @Message("Print")
    String print();

    @Message("Back to the course")
    String back();

    @Message("none recorded")
    String none();
}
