package org.clinic.courses.report;

import org.clinic.courses.adverse.Causality;
import org.clinic.courses.adverse.Outcome;
import org.clinic.courses.report.AdverseEventReportRow.Dose;
import org.clinic.courses.report.AdverseEventReportRow.FlagPart;
import org.clinic.courses.report.AdverseEventReportRow.Reaction;
import org.clinic.courses.safety.FlagCode;
import org.clinic.courses.safety.FlagSeverity;
import org.clinic.courses.safety.FlagStatus;
import org.hl7.fhir.r4.model.*;

import java.util.Date;

/** The AdverseEvent of a row and the DetectedIssue of a contraindication or interaction flag. */
final class FhirSafetyResources {
    static final String TERMINOLOGY = "http://terminology.hl7.org/CodeSystem/";
    private final FhirResources base;
    private final FhirParties parties;

    FhirSafetyResources(FhirResources base, FhirParties parties) {
        this.base = base;
        this.parties = parties;
    }

    /** The verbatim term as text; coded, the MedDRA LLT (and its PT) with the MedDRA version. */
    static CodeableConcept event(Reaction r) {
        CodeableConcept c = new CodeableConcept().setText(r.term());
        if (r.coded()) {
            c.addCoding().setSystem(MEDDRA).setVersion(r.meddraVersion()).setCode(r.meddraLltCode())
                    .setDisplay(r.meddraLltTerm()).setUserSelected(true);
            if (r.meddraPtCode() != null) {
                c.addCoding().setSystem(MEDDRA).setVersion(r.meddraVersion()).setCode(r.meddraPtCode()).setDisplay(r.meddraPtTerm());
            }
        }
        return c;
    }

    static final String MEDDRA = "http://terminology.hl7.org/CodeSystem/mdr";

    AdverseEvent adverseEvent(AdverseEventReportRow row) {
        Reaction r = row.reaction();
        long patientId = row.patient().id();
        AdverseEvent e = new AdverseEvent();
        e.setId(base.uuid("AdverseEvent", r.adverseEventId()));
        e.getIdentifier().setSystem(FhirParties.EXT + "adverse-event").setValue(row.reportId());
        e.setActuality(AdverseEvent.AdverseEventActuality.ACTUAL);
        e.setEvent(event(r));
        e.setSubject(base.ref("Patient", patientId));
        e.setDateElement(FhirResources.dateTime(r.onsetDate()));
        if (row.reporter().recordedAt() != null) e.setRecordedDate(Date.from(row.reporter().recordedAt()));
        if (row.reporter().username() != null) {
            e.setRecorder(parties.practitionerRef(row.reporter().username()).setDisplay(row.reporter().username()));
        }
        r.seriousCriteria().stream().sorted().forEach(c -> e.addExtension(FhirParties.EXT + "seriousness-criterion",
                new CodeType(c.name())));
        if (row.caseRef() != null && row.caseRef().nullified()) {
            e.addExtension(FhirParties.EXT + "nullification-reason", new org.hl7.fhir.r4.model.StringType(
                    row.caseRef().nullificationReason() == null ? "nullified" : row.caseRef().nullificationReason()));
        }
        if (r.action() != null) e.addExtension(FhirParties.EXT + "action-taken", new CodeType(r.action().name()));
        e.addExtension(FhirParties.EXT + "dechallenge", new CodeType(row.drug().dechallenge().name()));
        e.addExtension(FhirParties.EXT + "rechallenge", new CodeType(row.drug().rechallenge().name()));
        if (parties.reporterRef() != null) e.addContributor(parties.reporterRef());
        e.addSuspectEntity().setInstance(base.ref("SuspectTherapy", row.drug().courseId()));
        causality(e.getSuspectEntity().get(0), r.causality());
        e.setSeriousness(code("adverse-event-seriousness", r.serious() ? "Serious" : "Non-serious",
                r.serious() ? "Serious" : "Non-serious"));
        String severity = r.grade() <= 1 ? "mild" : r.grade() == 2 ? "moderate" : "severe";
        e.setSeverity(code("adverse-event-severity", severity, null).setText("CTCAE grade " + r.grade()));
        if (r.outcome() != null) e.setOutcome(code("adverse-event-outcome", outcome(r.outcome()), null));
        row.history().conditions().forEach(c -> e.addSubjectMedicalHistory(base.ref("Condition", c.id())));
        for (Dose dose : row.doses()) {
            if (!dose.given()) continue;
            causality(e.addSuspectEntity().setInstance(base.ref("MedicationAdministration", dose.id())), r.causality());
        }
        return e;
    }

    DetectedIssue detectedIssue(long patientId, long courseId, FlagPart flag) {
        DetectedIssue issue = new DetectedIssue();
        issue.setId(base.uuid("DetectedIssue", flag.id()));
        issue.setStatus(flag.status() == FlagStatus.RESOLVED ? DetectedIssue.DetectedIssueStatus.CANCELLED
                : DetectedIssue.DetectedIssueStatus.FINAL);
        boolean contraindication = flag.code() == FlagCode.CONTRAINDICATION;
        issue.setCode(new CodeableConcept(new Coding(TERMINOLOGY + "v3-ActCode", contraindication ? "COND" : "DRG",
                contraindication ? "Condition Alert" : "Drug Interaction Alert")).setText(flag.code().name()));
        issue.setSeverity(flag.severity() == FlagSeverity.CRITICAL ? DetectedIssue.DetectedIssueSeverity.HIGH
                : flag.severity() == FlagSeverity.WARNING ? DetectedIssue.DetectedIssueSeverity.MODERATE
                : DetectedIssue.DetectedIssueSeverity.LOW);
        issue.setPatient(base.ref("Patient", patientId));
        if (flag.raisedAt() != null) issue.setIdentified(new DateTimeType(Date.from(flag.raisedAt())));
        issue.addImplicated(base.ref("MedicationRequest", courseId));
        issue.setDetail(flag.message());
        if (flag.overriddenAt() != null) {
            DetectedIssue.DetectedIssueMitigationComponent m = issue.addMitigation();
            m.setAction(new CodeableConcept(new Coding(TERMINOLOGY + "v3-ActCode", "1", "Therapy Appropriate"))
                    .setText("Overridden: " + flag.overrideReason()));
            m.setDate(Date.from(flag.overriddenAt()));
            if (flag.overriddenBy() != null) m.setAuthor(new Reference().setDisplay(flag.overriddenBy()));
        }
        return issue;
    }

    private void causality(AdverseEvent.AdverseEventSuspectEntityComponent suspect, Causality causality) {
        if (causality == null) return;
        var c = suspect.addCausality().setAssessment(code("adverse-event-causality-assess", assessment(causality), null)
                .setText("WHO-UMC: " + ReportText.words(causality)));
        c.setMethod(new CodeableConcept().setText("WHO-UMC causality categories"));
        Reference author = parties.reporterRef();
        if (author != null) c.setAuthor(author);
    }

    private static String outcome(Outcome outcome) {
        return switch (outcome) {
            case RECOVERED -> "resolved";
            case RECOVERING -> "recovering";
            case NOT_RECOVERED -> "ongoing";
            case FATAL -> "fatal";
            case UNKNOWN -> "unknown";
        };
    }

    private static String assessment(Causality causality) {
        return switch (causality) {
            case CERTAIN -> "Certain";
            case PROBABLE -> "Probably-Likely";
            case POSSIBLE -> "Possible";
            case UNLIKELY -> "Unlikely";
            case CONDITIONAL -> "Conditional-Classified";
            case UNASSESSABLE -> "Unassessable-Unclassifiable";
        };
    }

    private static CodeableConcept code(String system, String code, String display) {
        return new CodeableConcept(new Coding(TERMINOLOGY + system, code, display));
    }
}
