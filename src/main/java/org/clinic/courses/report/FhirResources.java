package org.clinic.courses.report;

import org.clinic.courses.course.CourseStatus;
import org.clinic.courses.course.Route;
import org.clinic.courses.course.ScheduleType;
import org.clinic.courses.report.AdverseEventReportRow.Dose;
import org.clinic.courses.report.AdverseEventReportRow.Item;
import org.clinic.courses.report.AdverseEventReportRow.SuspectDrug;
import org.hl7.fhir.r4.model.*;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Date;
import java.util.UUID;

/**
 * Maps report-row parts to FHIR R4 resources (all but AdverseEvent and DetectedIssue, which are in
 * {@link FhirSafetyResources}). Resource ids are name-based UUIDs of the clinic and the record, so
 * every entry can reference another by {@code urn:uuid:} without a lookup table.
 */
final class FhirResources {
    static final String UCUM = "http://unitsofmeasure.org";
    static final String SNOMED = "http://snomed.info/sct";
    static final String ICD10 = "http://hl7.org/fhir/sid/icd-10";
    static final String ICD10CM = "http://hl7.org/fhir/sid/icd-10-cm";

    private final String seed;

    FhirResources(String clinicName) {
        this.seed = "course-tracker:" + clinicName + ":";
    }

    String uuid(String type, long id) {
        return UUID.nameUUIDFromBytes((seed + type + "/" + id).getBytes(StandardCharsets.UTF_8)).toString();
    }

    Reference ref(String type, long id) {
        return new Reference("urn:uuid:" + uuid(type, id));
    }

    Patient patient(AdverseEventReportRow.PatientPart p) {
        Patient patient = new Patient();
        patient.setId(uuid("Patient", p.id()));
        patient.addName().setText(p.initials());
        if (p.sex() != null) patient.setGender(Enumerations.AdministrativeGender.fromCode(p.sex().name().toLowerCase()));
        if (p.birthDate() != null) patient.setBirthDateElement(new DateType(p.birthDate().toString()));
        return patient;
    }

    Patient patient(AdverseEventReportRow.PatientPart p, boolean died, Reference clinic) {
        Patient patient = patient(p);
        if (died) patient.setDeceased(new BooleanType(true));
        patient.setManagingOrganization(clinic);
        return patient;
    }

    /**
     * WHO ICD-10 stops at one character after the dot (G40.9); a longer subcategory (G40.909) is a
     * clinical modification, so it is coded as ICD-10-CM.
     */
    static String icd10System(String code) {
        int dot = code.indexOf('.');
        return dot >= 0 && code.length() - dot - 1 > 1 ? ICD10CM : ICD10;
    }

    Condition condition(long patientId, Item item) {
        Condition c = new Condition();
        c.setId(uuid("Condition", item.id()));
        c.setClinicalStatus(new CodeableConcept(new Coding(
                "http://terminology.hl7.org/CodeSystem/condition-clinical", "active", "Active")));
        CodeableConcept code = new CodeableConcept().setText(item.name());
        if (item.code() != null && !item.code().isBlank()) code.addCoding().setSystem(icd10System(item.code().strip())).setCode(item.code().strip());
        c.setCode(code);
        c.setSubject(ref("Patient", patientId));
        if (item.recordedAt() != null) c.setRecordedDate(Date.from(item.recordedAt()));
        return c;
    }

    MedicationStatement medicationStatement(long patientId, Item item) {
        MedicationStatement s = new MedicationStatement();
        s.setId(uuid("MedicationStatement", item.id()));
        s.setStatus(MedicationStatement.MedicationStatementStatus.ACTIVE);
        s.setMedication(new CodeableConcept().setText(item.name()));
        s.setSubject(ref("Patient", patientId));
        if (item.recordedAt() != null) s.setDateAsserted(Date.from(item.recordedAt()));
        return s;
    }

    MedicationRequest medicationRequest(long patientId, SuspectDrug d) {
        MedicationRequest r = new MedicationRequest();
        r.setId(uuid("MedicationRequest", d.courseId()));
        r.setStatus(d.courseStatus() == CourseStatus.COMPLETED ? MedicationRequest.MedicationRequestStatus.COMPLETED
                : d.courseStatus() == CourseStatus.STOPPED ? MedicationRequest.MedicationRequestStatus.STOPPED
                : MedicationRequest.MedicationRequestStatus.ACTIVE);
        r.setIntent(MedicationRequest.MedicationRequestIntent.ORDER);
        r.setMedication(new CodeableConcept().setText(d.name()));
        r.setSubject(ref("Patient", patientId));
        if (d.prescribedAt() != null) r.setAuthoredOn(Date.from(d.prescribedAt()));
        if (d.prescribedBy() != null) r.setRequester(ref("Practitioner/" + d.prescribedBy(), 0).setDisplay(d.prescribedBy()));
        r.addReasonCode().setText(d.indication());
        if (d.stopReason() != null) r.addNote().setText("Stopped: " + d.stopReason());
        Dosage dosage = r.addDosageInstruction();
        dosage.setText(ReportText.number(d.dailyDoseMl()) + " ml " + ReportText.words(d.route()) + " "
                + (d.schedule() == ScheduleType.WEEKDAYS ? "Monday to Friday" : "daily") + " for " + d.lengthDays() + " days");
        Timing.TimingRepeatComponent repeat = dosage.getTiming().getRepeat();
        repeat.setFrequency(1).setPeriod(1).setPeriodUnit(Timing.UnitsOfTime.D)
                .setBounds(new Period().setStartElement(dateTime(d.courseStart())).setEndElement(dateTime(d.courseEnd())));
        if (d.schedule() == ScheduleType.WEEKDAYS) {
            for (Timing.DayOfWeek day : new Timing.DayOfWeek[]{Timing.DayOfWeek.MON, Timing.DayOfWeek.TUE,
                    Timing.DayOfWeek.WED, Timing.DayOfWeek.THU, Timing.DayOfWeek.FRI}) {
                repeat.addDayOfWeek(day);
            }
        }
        dosage.setRoute(route(d.route()));
        dosage.addDoseAndRate().setDose(millilitres(d.dailyDoseMl()));
        return r;
    }

    /**
     * The suspect drug as taken: first to last dose given, the same dates as the CSV and the CIOMS
     * form (the MedicationRequest keeps the planned course dates).
     */
    MedicationStatement suspectTherapy(long patientId, SuspectDrug d) {
        MedicationStatement s = new MedicationStatement();
        s.setId(uuid("SuspectTherapy", d.courseId()));
        s.setStatus(!d.given() ? MedicationStatement.MedicationStatementStatus.NOTTAKEN
                : d.therapyStop() == null ? MedicationStatement.MedicationStatementStatus.ACTIVE
                : d.courseStatus() == CourseStatus.COMPLETED ? MedicationStatement.MedicationStatementStatus.COMPLETED
                : MedicationStatement.MedicationStatementStatus.STOPPED);
        s.setMedication(new CodeableConcept().setText(d.name()));
        s.setSubject(ref("Patient", patientId));
        s.addBasedOn(ref("MedicationRequest", d.courseId()));
        if (d.given()) { // not taken: no period at all
            Period period = new Period().setStartElement(dateTime(d.therapyStart()));
            if (d.therapyStop() != null) period.setEndElement(dateTime(d.therapyStop()));
            s.setEffective(period);
        }
        s.addReasonCode().setText(d.indication());
        s.addDosage().setText(ReportText.number(d.dailyDoseMl()) + " ml a day, " + ReportText.words(d.route()))
                .setRoute(route(d.route()));
        return s;
    }

    MedicationAdministration administration(long patientId, SuspectDrug d, Dose dose) {
        MedicationAdministration a = new MedicationAdministration();
        a.setId(uuid("MedicationAdministration", dose.id()));
        a.setStatus(dose.given() ? MedicationAdministration.MedicationAdministrationStatus.COMPLETED
                : MedicationAdministration.MedicationAdministrationStatus.NOTDONE);
        if (!dose.given()) a.addStatusReason().setText(dose.status().name() + (dose.notes() == null ? "" : ": " + dose.notes()));
        if (dose.lotNumber() != null && !dose.lotNumber().isBlank()) {
            Medication med = new Medication();
            med.setCode(new CodeableConcept().setText(d.name()));
            med.getBatch().setLotNumber(dose.lotNumber().strip());
            a.setMedication(new Reference(med));
        } else {
            a.setMedication(new CodeableConcept().setText(d.name()));
        }
        a.setSubject(ref("Patient", patientId));
        a.setEffective(new DateTimeType(Date.from(dose.administeredAt())));
        if (dose.performer() != null) a.addPerformer().setActor(ref("Practitioner/" + dose.performer(), 0)
                .setDisplay(dose.performer()));
        a.setRequest(ref("MedicationRequest", d.courseId()));
        if (!dose.given()) return a; // nothing went in: a dosage would need a dose (mad-1)
        MedicationAdministration.MedicationAdministrationDosageComponent dosage = a.getDosage();
        dosage.setRoute(route(dose.route()));
        if (dose.site() != null) dosage.setSite(new CodeableConcept().setText(dose.site()));
        dosage.setDose(millilitres(dose.volumeMl()));
        return a;
    }

    static CodeableConcept route(Route route) {
        if (route == null) return null;
        CodeableConcept c = new CodeableConcept().setText(ReportText.words(route));
        if (route == Route.IM_INJECTION) c.addCoding(new Coding(SNOMED, "78421000", "Intramuscular route"));
        else c.addCoding(new Coding(SNOMED, "47625008", "Intravenous route"));
        return c;
    }

    private static Quantity millilitres(BigDecimal ml) {
        return new Quantity().setValue(ml).setUnit("mL").setSystem(UCUM).setCode("mL");
    }

    static DateTimeType dateTime(LocalDate day) {
        return new DateTimeType(day.toString());
    }
}
