package org.clinic.courses.report;

import org.clinic.courses.report.AdverseEventReportRow.Item;
import org.clinic.courses.report.AdverseEventReportRow.PatientPart;
import org.hl7.fhir.r4.model.*;

/**
 * The people and places of a report as resources, not display names: the clinic (Organization),
 * the physician confirming the report and the staff who recorded events (Practitioner), and the
 * patient's allergies, weight and eGFR (AllergyIntolerance, Observation).
 */
final class FhirParties {
    static final String EXT = "https://course-tracker.org/fhir/StructureDefinition/";
    static final String LOINC = "http://loinc.org";
    private final FhirResources base;
    private final ReportContext context;
    private final java.util.Map<String, ReportContext.PrimarySource> profiles;

    FhirParties(FhirResources base, ReportContext context, java.util.Map<String, ReportContext.PrimarySource> profiles) {
        this.base = base;
        this.context = context;
        this.profiles = profiles;
    }

    Organization clinic() {
        Organization o = new Organization();
        o.setId(base.uuid("Organization", 0));
        o.setName(context.clinicName());
        if (context.senderId() != null) o.addIdentifier().setSystem(EXT + "sender-id").setValue(context.senderId());
        if (context.address() != null || context.country() != null) {
            o.addAddress().setText(context.address()).setCountry(context.country());
        }
        return o;
    }

    /** The patient by a pseudonymous id of this sender (never the MRN), so a server can match it again. */
    Patient identified(Patient patient, long patientId) {
        patient.addIdentifier().setSystem(EXT + "patient/" + context.caseIdPrefix()).setValue(String.valueOf(patientId));
        return patient;
    }

    Reference clinicRef() {
        return base.ref("Organization", 0);
    }

    /**
     * One Practitioner per user, with the profile's full name, qualification and contact when known
     * (the confirming physician's from the report context, others' from {@code profiles}), else the
     * login name. The identifier (login name within this sender) lets a FHIR server match it again.
     */
    Practitioner practitioner(String username) {
        var r = profile(username);
        Practitioner p = new Practitioner();
        p.setId(base.uuid("Practitioner/" + username, 0));
        p.addIdentifier().setSystem(usernameSystem()).setValue(username);
        p.addName().setText(r.name());
        if (r.contact() != null) {
            p.addTelecom().setSystem(r.contact().contains("@") ? ContactPoint.ContactPointSystem.EMAIL
                    : ContactPoint.ContactPointSystem.PHONE).setValue(r.contact());
        }
        if (r.qualification() != null) p.addQualification().setCode(new CodeableConcept()
                .setText(ReportText.words(r.qualification()).toLowerCase()));
        return p;
    }

    private ReportContext.PrimarySource profile(String username) {
        var reporter = context.reporter();
        if (reporter != null && username.equals(reporter.username())) return reporter;
        var known = profiles.get(username);
        return known != null ? known : new ReportContext.PrimarySource(username, null, null, null);
    }

    /** Login names are unique within one sender only. */
    String usernameSystem() {
        return EXT + "username/" + context.caseIdPrefix();
    }

    /** The physician who confirms (exports) the report: the reporter of every event and causality author. */
    Reference reporterRef() {
        return context.reporter() == null ? null : practitionerRef(context.reporter().username());
    }

    Reference practitionerRef(String username) {
        return base.ref("Practitioner/" + username, 0);
    }

    AllergyIntolerance allergy(long patientId, Item item) {
        AllergyIntolerance a = new AllergyIntolerance();
        a.setId(base.uuid("AllergyIntolerance", item.id()));
        a.setClinicalStatus(new CodeableConcept(new Coding(
                "http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical", "active", "Active")));
        a.setCode(new CodeableConcept().setText(item.name()));
        a.setPatient(base.ref("Patient", patientId));
        if (item.recordedAt() != null) a.setRecordedDate(java.util.Date.from(item.recordedAt()));
        return a;
    }

    static final String EGFR_LOINC = "62238-1";
    static final String DATA_ABSENT_REASON = "http://hl7.org/fhir/StructureDefinition/data-absent-reason";

    Observation weight(PatientPart p) {
        Observation o = observation("Weight", p.id(), "29463-7", "Body weight");
        o.addCategory(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/observation-category",
                "vital-signs", "Vital Signs")));
        effective(o, null); // the clinic records no weighing date
        o.setValue(new Quantity().setValue(p.weightKg()).setUnit("kg").setSystem(FhirResources.UCUM).setCode("kg"));
        return o;
    }

    Observation egfr(PatientPart p) {
        // LOINC 62238-1 (CKD-EPI) and 33914-3 (MDRD) are both per 1.73 m2 in mL/min/{1.73_m2}; they differ by
        // equation only. 62238-1: CKD-EPI is the equation KDIGO recommends and laboratories report today.
        Observation o = observation("Egfr", p.id(), EGFR_LOINC, "Estimated glomerular filtration rate (eGFR)");
        o.getCode().getCodingFirstRep().setDisplay("Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area]"
                + " in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI)");
        effective(o, p.egfrMeasuredOn());
        o.addCategory(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/observation-category",
                "laboratory", "Laboratory")));
        o.setValue(new Quantity().setValue(p.egfr()).setUnit("mL/min/{1.73_m2}").setSystem(FhirResources.UCUM)
                .setCode("mL/min/{1.73_m2}"));
        return o;
    }

    /** The measurement day, or an empty date saying it is unknown (data-absent-reason), never a made-up one. */
    private static void effective(Observation o, java.time.LocalDate on) {
        if (on != null) {
            o.setEffective(new org.hl7.fhir.r4.model.DateTimeType(on.toString()));
            return;
        }
        var unknown = new org.hl7.fhir.r4.model.DateTimeType();
        unknown.addExtension(DATA_ABSENT_REASON, new org.hl7.fhir.r4.model.CodeType("unknown"));
        o.setEffective(unknown);
    }

    private Observation observation(String kind, long patientId, String loinc, String text) {
        Observation o = new Observation();
        o.setId(base.uuid(kind, patientId));
        o.setStatus(Observation.ObservationStatus.FINAL);
        CodeableConcept code = new CodeableConcept().setText(text);
        if (loinc != null) code.addCoding(new Coding(LOINC, loinc, text));
        o.setCode(code);
        o.setSubject(base.ref("Patient", patientId));
        o.addPerformer(clinicRef());
        return o;
    }
}
