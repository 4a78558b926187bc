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

    FhirParties(FhirResources base, ReportContext context) {
        this.base = base;
        this.context = context;
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

    Reference clinicRef() {
        return base.ref("Organization", 0);
    }

    /** The physician who confirms (exports) the report; the reporter of every event and causality author. */
    Practitioner reporter() {
        var r = context.reporter();
        Practitioner p = new Practitioner();
        p.setId(base.uuid("Practitioner", 0));
        p.addIdentifier().setSystem(EXT + "username").setValue(r.username());
        p.addName().setText(r.name());
        if (r.contact() != null) {
            p.addTelecom().setSystem(r.contact().contains("@") ? ContactPoint.ContactPointSystem.EMAIL
                    : ContactPoint.ContactPointSystem.PHONE).setValue(r.contact());
        }
        if (r.qualification() != null) p.addQualification().setCode(new CodeableConcept()
                .setText(ReportText.words(r.qualification()).toLowerCase()));
        return p;
    }

    Reference reporterRef() {
        return context.reporter() == null ? null : base.ref("Practitioner", 0);
    }

    /** A member of staff who recorded an event or a dose, known by login name only. */
    Practitioner staff(String username) {
        Practitioner p = new Practitioner();
        p.setId(base.uuid("Staff/" + username, 0));
        p.addIdentifier().setSystem(EXT + "username").setValue(username);
        p.addName().setText(username);
        return p;
    }

    Reference staffRef(String username) {
        return base.ref("Staff/" + username, 0);
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

    Observation weight(PatientPart p) {
        Observation o = observation("Weight", p.id(), "29463-7", "Body weight");
        o.addCategory(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/observation-category",
                "vital-signs", "Vital Signs")));
        o.setValue(new Quantity().setValue(p.weightKg()).setUnit("kg").setSystem(FhirResources.UCUM).setCode("kg"));
        return o;
    }

    Observation egfr(PatientPart p) {
        Observation o = observation("Egfr", p.id(), null, "Estimated glomerular filtration rate (eGFR)");
        o.addCategory(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/observation-category",
                "laboratory", "Laboratory")));
        o.setValue(new Quantity().setValue(p.egfr()).setUnit("mL/min/{1.73_m2}").setSystem(FhirResources.UCUM)
                .setCode("mL/min/{1.73_m2}"));
        return o;
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
