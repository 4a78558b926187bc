package org.clinic.courses.report;

import org.clinic.courses.adverse.*;
import org.clinic.courses.catalog.DrugDefinition;
import org.clinic.courses.course.Route;
import org.clinic.courses.course.ScheduleType;
import org.clinic.courses.course.TreatmentCourse;
import org.clinic.courses.dose.Administration;
import org.clinic.courses.dose.AdministrationStatus;
import org.clinic.courses.patient.*;
import org.clinic.courses.safety.Flag;
import org.clinic.courses.safety.FlagCode;
import org.clinic.courses.safety.FlagStatus;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * A seeded course, in memory: Ada Lovelace (epilepsy, lithium, penicillin allergy) on Cerebrolysin
 * 30 ml IV infusion from 2026-11-20; a headache (with a formula in its notes), vomiting that led to
 * an interruption and recovered, then vomiting again after the drug was given again.
 */
public final class ReportFixtures {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    static final String FORMULA = "=HYPERLINK(\"http://x\")";
    static final String UNICODE_NOTE = "Palpitations \u00e9 \u05e9\u05dc\u05d5\u05dd \ud83e\udd22 \u201cquoted\u201d, comma";
    public static final ReportContext CONTEXT = new ReportContext("Clinique Saint-\u00c9tienne", "AT",
            ZonedDateTime.of(2026, 11, 30, 14, 0, 0, 0, ZoneOffset.UTC), "Hauptstra\u00dfe 1, 1010 Wien", "CLINIC1",
            "AGES", new ReportContext.PrimarySource("dr.house", "Gregory House", org.clinic.courses.security.Qualification.PHYSICIAN,
            "+43 1 234 567"));
    static final String CASE_ID = "AT-CLINIC1-7";

    public static ReportRowAssembler assembler() {
        Map<String, String> roles = Map.of("nurse.joy", "NURSE", "dr.house", "PHYSICIAN");
        return new ReportRowAssembler(ZoneOffset.UTC, TODAY, roles::get, "AT-CLINIC1");
    }

    static DrugDefinition cerebrolysin() {
        return new DrugDefinition("cerebrolysin", "Cerebrolysin", "Porcine brain peptides",
                new BigDecimal("215.2"), 18, null, 3, null, null, null, null, null, "test");
    }

    public static CourseRecord course() {
        Patient p = new Patient();
        p.id = 1L;
        p.mrn = "MRN-1001";
        p.givenName = "Ada";
        p.familyName = "Lovelace";
        p.birthDate = LocalDate.of(1950, 3, 2);
        p.sex = Sex.FEMALE;
        p.weightKg = new BigDecimal("61.5");
        p.egfr = new BigDecimal("72");
        p.conditions = new ArrayList<>(List.of(condition(p, 11, "Epilepsy", "G40.9", null),
                condition(p, 12, "Old fracture", null, Instant.parse("2026-11-01T08:00:00Z"))));
        Medication lithium = new Medication();
        lithium.id = 21L;
        lithium.patient = p;
        lithium.name = "Lithium carbonate 300 mg";
        lithium.recordedAt = Instant.parse("2026-11-19T08:00:00Z");
        p.medications = new ArrayList<>(List.of(lithium));
        Allergy penicillin = new Allergy();
        penicillin.id = 31L;
        penicillin.patient = p;
        penicillin.substance = "Penicillin";
        p.allergies = new ArrayList<>(List.of(penicillin));

        TreatmentCourse c = new TreatmentCourse();
        c.id = 7L;
        c.patient = p;
        c.drugCode = "cerebrolysin";
        c.indication = "Acute ischaemic stroke";
        c.route = Route.IV_INFUSION;
        c.dailyVolumeMl = new BigDecimal("30.00");
        c.startDate = LocalDate.of(2026, 11, 20);
        c.lengthDays = 21;
        c.schedule = ScheduleType.DAILY;
        c.prescribedBy = "dr.house";
        c.createdAt = Instant.parse("2026-11-19T10:00:00Z");

        List<Administration> doses = List.of(
                dose(c, 101, "2026-11-20T09:30:00Z", AdministrationStatus.GIVEN, "L123", false),
                dose(c, 102, "2026-11-21T09:30:00Z", AdministrationStatus.GIVEN, "L124", false),
                dose(c, 103, "2026-11-22T09:30:00Z", AdministrationStatus.GIVEN, "L999", true),
                dose(c, 104, "2026-11-22T10:00:00Z", AdministrationStatus.HELD, null, false),
                dose(c, 105, "2026-11-23T09:30:00Z", AdministrationStatus.GIVEN, "L125", false),
                dose(c, 106, "2026-11-25T09:30:00Z", AdministrationStatus.GIVEN, "L126", false));
        AdverseEvent headache = event(c, 201, "2026-11-21", "Headache", 1, ActionTaken.NONE, Outcome.NOT_RECOVERED);
        headache.notes = FORMULA;
        headache.causality = Causality.POSSIBLE;
        AdverseEvent vomiting = event(c, 202, "2026-11-22", "Vomiting", 3, ActionTaken.INTERRUPTED, Outcome.RECOVERED);
        vomiting.serious = true;
        vomiting.setSeriousCriteria(EnumSet.of(SeriousCriterion.HOSPITALISATION));
        vomiting.causality = Causality.PROBABLE;
        vomiting.notes = UNICODE_NOTE;
        AdverseEvent again = event(c, 203, "2026-11-24", "vomiting", 2, ActionTaken.NONE, Outcome.RECOVERING);
        AdverseEvent voided = event(c, 204, "2026-11-24", "Rash", 1, ActionTaken.NONE, Outcome.UNKNOWN);
        voided.voided = true;

        Flag contraindication = flag(c, 301, FlagCode.CONTRAINDICATION, FlagStatus.OVERRIDDEN, "Epilepsy: contraindicated");
        contraindication.overriddenAt = Instant.parse("2026-11-19T11:00:00Z");
        contraindication.overriddenBy = "dr.house";
        contraindication.overrideReason = "Seizure-free for 10 years; neurologist agrees";
        Flag interaction = flag(c, 302, FlagCode.INTERACTION, FlagStatus.OPEN, "Lithium may accumulate");
        Flag missed = flag(c, 303, FlagCode.MISSED_DOSE, FlagStatus.OPEN, "Day 4 missed");
        return new CourseRecord(p, c, doses, List.of(headache, vomiting, again, voided),
                List.of(contraindication, interaction, missed), cerebrolysin(),
                new CourseRecord.Holder("EVER Neuro Pharma GmbH", "Oberburgau 3, 4866 Unterach am Attersee, Austria"));
    }

    /** The course as one case, as the exporter hands it to the E2B and CIOMS writers. */
    public static List<AdverseEventReportRow> caseRows() {
        return rows();
    }

    static List<AdverseEventReportRow> rows() {
        return assembler().rows(course()).toList();
    }

    private static Condition condition(Patient p, long id, String name, String code, Instant removedAt) {
        Condition c = new Condition();
        c.id = id;
        c.patient = p;
        c.name = name;
        c.code = code;
        c.recordedAt = Instant.parse("2026-11-19T08:00:00Z");
        c.removedAt = removedAt;
        return c;
    }

    private static Administration dose(TreatmentCourse c, long id, String at, AdministrationStatus status,
                                       String lot, boolean voided) {
        Administration a = new Administration();
        a.id = id;
        a.course = c;
        a.administeredAt = Instant.parse(at);
        a.courseDay = c.courseDayOf(a.administeredAt.atZone(ZoneOffset.UTC).toLocalDate());
        a.route = Route.IV_INFUSION;
        a.status = status;
        a.volumeMl = status == AdministrationStatus.GIVEN ? new BigDecimal("30.00") : BigDecimal.ZERO;
        a.lotNumber = lot;
        a.diluent = "NaCl 0.9%";
        a.diluentVolumeMl = new BigDecimal("100");
        a.infusionMinutes = 20;
        a.notes = status == AdministrationStatus.HELD ? "Patient vomiting" : null;
        a.recordedBy = "nurse.joy";
        a.recordedAt = a.administeredAt;
        a.voided = voided;
        return a;
    }

    static AdverseEvent event(TreatmentCourse c, long id, String on, String term, int grade,
                                      ActionTaken action, Outcome outcome) {
        AdverseEvent e = new AdverseEvent();
        e.id = id;
        e.course = c;
        e.observedOn = LocalDate.parse(on);
        e.courseDay = c.courseDayOf(e.observedOn);
        e.term = term;
        e.grade = grade;
        e.action = action;
        e.outcome = outcome;
        e.recordedBy = "nurse.joy";
        e.recordedAt = Instant.parse(on + "T15:00:00Z");
        return e;
    }

    private static Flag flag(TreatmentCourse c, long id, FlagCode code, FlagStatus status, String message) {
        Flag f = new Flag();
        f.id = id;
        f.course = c;
        f.code = code;
        f.severity = code.severity;
        f.status = status;
        f.message = message;
        f.raisedAt = Instant.parse("2026-11-19T10:00:00Z");
        return f;
    }
}
