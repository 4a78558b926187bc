package org.clinic.courses.patient;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;


/** Words on the patient pages (list, register, edit, view). Translated with messages/patient_xx.properties (see README, Configuration). */
@MessageBundle(value = "patient", locale = "en")
public interface PatientMessages {

    @Message("Edit patient")
    String edit();

    @Message("Register a patient")
    String register();

    @Message("MRN")
    String fieldMrn();

    @Message("Given name")
    String fieldGivenName();

    @Message("Family name")
    String fieldFamilyName();

    @Message("Birth date")
    String fieldBirthDate();

    @Message("YYYY-MM-DD")
    String hintBirthDate();

    @Message("Sex")
    String fieldSex();

    @Message("Choose…")
    String choose();

    @Message("Weight (kg)")
    String fieldWeight();

    @Message("eGFR (ml/min/1.73 m²)")
    String fieldEgfr();

    @Message("APOE-e4 carrier")
    String fieldApoe();

    @Message("Not known")
    String apoeNotKnown();

    @Message("Yes")
    String yes();

    @Message("No")
    String no();

    @Message("Save")
    String save();

    @Message("Cancel")
    String cancel();

    @Message("Patients")
    String listTitle();

    @Message("Search by name, MRN or bed; or scan the wristband")
    String searchLabel();

    @Message("Search")
    String search();

    @Message("{count} patients")
    String count(long count);

    @Message("{count} patient")
    String countOne(long count);

    @Message("More than {count} patients: narrow the search")
    String countMore(long count);

    @Message("matching “{query}”")
    String matching(String query);

    @Message("Name")
    String colName();

    @Message("Born")
    String born();

    @Message("No patients found.")
    String noneFound();

    @Message("Pages")
    String pagesLabel();

    @Message("Previous")
    String previous();

    @Message("Page {number} of {count}")
    String pageOf(int number, int count);

    @Message("Next")
    String next();

    @Message("Remove…")
    String removeSummary();

    @Message("Reason for removal")
    String removeReason();

    @Message("Remove")
    String remove();

    @Message("MRN {mrn}")
    String mrn(String mrn);

    @Message("(age {age})")
    String age(int age);

    @Message("Weight")
    String weight();

    @Message("eGFR")
    String egfr();

    @Message("APOE-e4")
    String apoe();

    @Message("not known")
    String apoeUnknown();

    @Message("carrier: may respond less well in Alzheimer's disease")
    String apoeCarrier();

    @Message("not a carrier")
    String apoeNotCarrier();

    @Message("Edit demographics")
    String editDemographics();

    @Message("Prescribe a course")
    String prescribe();

    @Message("Conditions")
    String conditions();

    @Message("Medications")
    String medications();

    @Message("Allergies")
    String allergies();

    @Message("Courses")
    String courses();

    @Message("None recorded")
    String noneRecorded();

    @Message("Condition")
    String fieldCondition();

    @Message("ICD-10 code")
    String fieldIcd10();

    @Message("Optional, e.g. G40.909")
    String hintIcd10();

    @Message("Add condition")
    String addCondition();

    @Message("Medication")
    String fieldMedication();

    @Message("Add medication")
    String addMedication();

    @Message("Allergy (substance)")
    String fieldAllergy();

    @Message("Add allergy")
    String addAllergy();

    @Message("Start")
    String colStart();

    @Message("No courses yet.")
    String noCourses();

    @Message("removed {at} by {user}:")
    String removedBy(String at, String user);

    // flash messages after a form

    @Message("Patient {name} registered.")
    String registered(String name);

    @Message("Patient {name} saved.")
    String saved(String name);

    @Message("Added to the record.")
    String added();

    @Message("Removed from the current record (kept in its history).")
    String removed();

    @Message("eGFR measured on")
    String fieldEgfrMeasuredOn();

    @Message("Earlier versions")
    String earlierVersions();

    @Message("{at} by {user}")
    String versionBy(String at, String user);

    @Message("none")
    String noValue();
}
