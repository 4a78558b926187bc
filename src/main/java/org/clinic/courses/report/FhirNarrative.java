package org.clinic.courses.report;

import org.clinic.courses.web.XmlChars;
import org.hl7.fhir.r4.model.*;

import java.util.stream.Collectors;

/**
 * A generated narrative (text.div) for every resource of the bundle, so a reader without our
 * profile still sees what each one says (dom-6). Built from the resource's own fields; escaped.
 */
final class FhirNarrative {
    private FhirNarrative() {
    }

    static void add(Resource resource) {
        if (!(resource instanceof DomainResource r) || r.hasText()) return;
        r.getText().setStatus(Narrative.NarrativeStatus.GENERATED)
                .setDivAsString("<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>" + escape(summary(r)) + "</p></div>");
    }

    static String summary(DomainResource r) {
        if (r instanceof Patient p) {
            return "Patient " + p.getNameFirstRep().getText() + (p.hasGender() ? ", " + p.getGender().getDisplay() : "")
                    + (p.hasBirthDate() ? ", born " + p.getBirthDateElement().getValueAsString() : "")
                    + (p.hasDeceasedBooleanType() && p.getDeceasedBooleanType().booleanValue() ? ", deceased" : "");
        }
        if (r instanceof Practitioner p) {
            return "Practitioner " + p.getNameFirstRep().getText()
                    + (p.hasQualification() ? ", " + p.getQualificationFirstRep().getCode().getText() : "");
        }
        if (r instanceof Organization o) {
            return "Organization " + o.getName() + (o.hasAddress() ? ", " + o.getAddressFirstRep().getText() : "");
        }
        if (r instanceof Condition c) return "Condition " + c.getCode().getText() + codes(c.getCode());
        if (r instanceof AllergyIntolerance a) return "Allergy to " + a.getCode().getText();
        if (r instanceof MedicationStatement s) {
            return "Medication " + s.getMedicationCodeableConcept().getText() + ", " + s.getStatus().getDisplay()
                    + (s.hasEffectivePeriod() ? ", from " + s.getEffectivePeriod().getStartElement().getValueAsString()
                    + (s.getEffectivePeriod().hasEnd() ? " to " + s.getEffectivePeriod().getEndElement().getValueAsString() : "") : "");
        }
        if (r instanceof MedicationRequest m) {
            return "Prescription of " + m.getMedicationCodeableConcept().getText() + ": "
                    + m.getDosageInstructionFirstRep().getText() + " (" + m.getStatus().getDisplay() + ")";
        }
        if (r instanceof MedicationAdministration a) {
            return "Administration " + a.getStatus().getDisplay() + " on " + a.getEffectiveDateTimeType().getValueAsString()
                    + (a.getDosage().hasDose() ? ", " + a.getDosage().getDose().getValue().stripTrailingZeros().toPlainString() + " mL" : "");
        }
        if (r instanceof Observation o) {
            return o.getCode().getText() + ": " + (o.hasValueQuantity() ? o.getValueQuantity().getValue().toPlainString()
                    + " " + o.getValueQuantity().getUnit() : "");
        }
        if (r instanceof AdverseEvent e) {
            return "Adverse event " + e.getEvent().getText() + " on " + e.getDateElement().getValueAsString()
                    + ", " + e.getSeriousness().getCodingFirstRep().getCode()
                    + (e.hasOutcome() ? ", outcome " + e.getOutcome().getCodingFirstRep().getCode() : "")
                    + (e.hasSeverity() ? ", " + e.getSeverity().getText() : "");
        }
        if (r instanceof DetectedIssue d) return "Detected issue: " + d.getDetail();
        if (r instanceof OperationOutcome o) return o.getIssueFirstRep().getDiagnostics();
        return r.fhirType();
    }

    private static String codes(CodeableConcept c) {
        String codes = c.getCoding().stream().map(Coding::getCode).collect(Collectors.joining(", "));
        return codes.isEmpty() ? "" : " (" + codes + ")";
    }

    static String escape(String s) {
        return s == null ? "" : XmlChars.safe(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
