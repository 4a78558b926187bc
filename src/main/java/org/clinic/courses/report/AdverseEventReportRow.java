package org.clinic.courses.report;

import org.clinic.courses.adverse.ActionTaken;
import org.clinic.courses.adverse.Causality;
import org.clinic.courses.adverse.Outcome;
import org.clinic.courses.adverse.SeriousCriterion;
import org.clinic.courses.course.CourseStatus;
import org.clinic.courses.course.Route;
import org.clinic.courses.course.ScheduleType;
import org.clinic.courses.dose.AdministrationStatus;
import org.clinic.courses.patient.Sex;
import org.clinic.courses.safety.FlagCode;
import org.clinic.courses.safety.FlagSeverity;
import org.clinic.courses.safety.FlagStatus;

import org.clinic.courses.report.cases.VersionKind;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * One adverse event with everything a case report (CIOMS I, CSV line, FHIR entries) needs, as
 * plain values: no entities, so the exporters never touch a lazy association or a session.
 */
public record AdverseEventReportRow(
        String reportId,
        PatientPart patient,
        Reaction reaction,
        SuspectDrug drug,
        History history,
        Reporter reporter,
        List<Dose> doses,
        List<FlagPart> flags,
        CaseRef caseRef) {

    public AdverseEventReportRow {
        doses = List.copyOf(doses);
        flags = List.copyOf(flags);
    }

    public AdverseEventReportRow withReportId(String id) {
        return new AdverseEventReportRow(id, patient, reaction, drug, history, reporter, doses, flags, caseRef);
    }

    /** The same event as part of the case version being sent. */
    public AdverseEventReportRow withCase(CaseRef ref) {
        return new AdverseEventReportRow(reportId, patient, reaction, drug, history, reporter, doses, flags, ref);
    }

    /**
     * The case this event belongs to (one patient, one course): its worldwide unique id
     * {@code <country>-<sender id>-<number>}, the version being sent and its kind.
     */
    public record CaseRef(String caseId, int version, VersionKind kind, String nullificationReason) {
        public CaseRef(String caseId, int version, VersionKind kind) {
            this(caseId, version, kind, null);
        }

        public boolean nullified() {
            return kind == VersionKind.NULLIFICATION;
        }
    }

    /** Birth date is exported (FHIR) besides the age; name and MRN never leave the clinic. */
    public record PatientPart(long id, String initials, LocalDate birthDate, Integer ageAtOnset, Sex sex,
                              BigDecimal weightKg, BigDecimal egfr, boolean died, LocalDate egfrMeasuredOn) {
    }

    /**
     * The MedDRA fields are null until the verbatim term is coded (see the meddra package); the
     * verbatim {@code term} is always the nurse's words.
     */
    public record Reaction(long adverseEventId, String term, int grade, LocalDate onsetDate, int courseDay,
                           boolean serious, Set<SeriousCriterion> seriousCriteria, ActionTaken action,
                           Outcome outcome, Causality causality, String description,
                           String meddraLltCode, String meddraLltTerm, String meddraPtCode, String meddraVersion,
                           String meddraPtTerm) {
        public Reaction {
            seriousCriteria = Set.copyOf(seriousCriteria);
        }

        public boolean coded() {
            return meddraLltCode != null;
        }

        /** The same reaction coded with a lowest-level term and its preferred term. */
        public Reaction coded(String version, String lltCode, String lltTerm, String ptCode, String ptTerm) {
            return new Reaction(adverseEventId, term, grade, onsetDate, courseDay, serious, seriousCriteria, action,
                    outcome, causality, description, lltCode, lltTerm, ptCode, version, ptTerm);
        }
    }

    public AdverseEventReportRow withReaction(Reaction r) {
        return new AdverseEventReportRow(reportId, patient, r, drug, history, reporter, doses, flags, caseRef);
    }

    /**
     * The course as the suspect drug. {@code therapyStop} and {@code therapyDays} are null while the
     * course is still running; {@code therapyStart}, {@code therapyStop}, {@code therapyDays} and the
     * cumulative dose are all null when no dose was given ({@link #given()}); {@code dailyDoseMg} is null when the catalog has no concentration.
     * {@code cumulativeDoseMl} sums the doses given up to onset; {@code daysToOnset} counts from the
     * first dose (0 when the reaction began that day), null when no dose was given.
     */
    public record SuspectDrug(long courseId, String code, String name, List<String> lotNumbers, Route route,
                              BigDecimal dailyDoseMl, BigDecimal dailyDoseMg, String indication,
                              LocalDate therapyStart, LocalDate therapyStop, Integer therapyDays,
                              Challenge dechallenge, Challenge rechallenge, CourseStatus courseStatus,
                              ScheduleType schedule, int lengthDays, LocalDate courseStart, LocalDate courseEnd,
                              Instant prescribedAt, String prescribedBy, String stopReason,
                              BigDecimal cumulativeDoseMl, BigDecimal cumulativeDoseMg, Integer daysToOnset,
                              String holderName, String holderAddress) {
        public SuspectDrug {
            lotNumbers = List.copyOf(lotNumbers);
        }

        /** False when no dose was given before the export: then there are no therapy dates at all. */
        public boolean given() {
            return therapyStart != null;
        }
    }

    /** Concomitant medications, conditions and allergies current at onset. */
    public record History(List<Item> medications, List<Item> conditions, List<Item> allergies) {
        public History {
            medications = List.copyOf(medications);
            conditions = List.copyOf(conditions);
            allergies = List.copyOf(allergies);
        }
    }

    /** A medication, condition or allergy of the patient's record; {@code code} is ICD-10 or null. */
    public record Item(long id, String name, String code, Instant recordedAt) {
        public String label() {
            return code == null || code.isBlank() ? name : name + " (" + code + ")";
        }
    }

    public record Reporter(String username, String role, Instant recordedAt) {
    }

    /** A non-voided administration of the course up to the onset day. */
    public record Dose(long id, Instant administeredAt, int courseDay, AdministrationStatus status, Route route,
                       BigDecimal volumeMl, String site, String lotNumber, String performer, String notes) {
        public boolean given() {
            return status == AdministrationStatus.GIVEN;
        }
    }

    /** A contraindication or interaction flag of the course. */
    public record FlagPart(long id, FlagCode code, FlagSeverity severity, FlagStatus status, String message,
                           Instant raisedAt, Instant overriddenAt, String overriddenBy, String overrideReason) {
    }

    /** Dechallenge / rechallenge answers of the CIOMS form. */
    public enum Challenge { YES, NO, UNKNOWN, NOT_APPLICABLE }
}
