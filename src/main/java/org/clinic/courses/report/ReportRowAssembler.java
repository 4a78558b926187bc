package org.clinic.courses.report;

import org.clinic.courses.adverse.AdverseEvent;
import org.clinic.courses.catalog.DrugDefinition;
import org.clinic.courses.course.TreatmentCourse;
import org.clinic.courses.dose.Administration;
import org.clinic.courses.patient.Patient;
import org.clinic.courses.report.AdverseEventReportRow.*;
import org.clinic.courses.safety.Flag;
import org.clinic.courses.safety.FlagCode;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/** Builds report rows from a loaded course. Pure: the zone, today and user roles come in. */
public final class ReportRowAssembler {
    private final ZoneId zone;
    private final LocalDate today;
    private final UnaryOperator<String> roleOfUser;
    private final Challenges challenges;
    private final String caseIdPrefix;

    /** @param roleOfUser username to role name, or null when unknown */
    public ReportRowAssembler(ZoneId zone, LocalDate today, UnaryOperator<String> roleOfUser) {
        this(zone, today, roleOfUser, "XX-UNSET");
    }

    /** @param caseIdPrefix country and sender id ("AT-CLINIC1"): a case id is the prefix and the course number */
    public ReportRowAssembler(ZoneId zone, LocalDate today, UnaryOperator<String> roleOfUser, String caseIdPrefix) {
        this.caseIdPrefix = caseIdPrefix;
        this.zone = zone;
        this.today = today;
        this.roleOfUser = roleOfUser;
        this.challenges = new Challenges(zone);
    }

    /** One row per non-voided adverse event of the course, by onset date then id. */
    public Stream<AdverseEventReportRow> rows(CourseRecord record) {
        return record.adverseEvents().stream().filter(e -> !e.voided)
                .sorted(Comparator.comparing((AdverseEvent e) -> e.observedOn).thenComparing(e -> e.id))
                .map(e -> row(record, e));
    }

    public AdverseEventReportRow row(CourseRecord record, AdverseEvent event) {
        Patient p = record.patient();
        LocalDate onset = event.observedOn;
        List<Administration> upToOnset = record.administrations().stream()
                .filter(a -> !a.voided && !dayOf(a.administeredAt).isAfter(onset))
                .sorted(Comparator.comparing((Administration a) -> a.administeredAt)).toList();
        var patient = new PatientPart(p.id, p.initials(), p.birthDate,
                p.birthDate == null ? null : p.ageOn(onset), p.sex, p.weightKg, p.egfr,
                record.adverseEvents().stream().anyMatch(e -> !e.voided && e.outcome == org.clinic.courses.adverse.Outcome.FATAL),
                p.egfrMeasuredOn);
        var reaction = new Reaction(event.id, event.term, event.grade, onset, event.courseDay, event.serious,
                event.seriousCriteria(), event.action, event.outcome, event.causality, event.notes,
                null, null, null, null, null);
        var history = new History(
                p.medications.stream().filter(m -> currentOn(m.removedAt, onset))
                        .map(m -> new Item(m.id, m.name, null, m.recordedAt)).toList(),
                p.conditions.stream().filter(c -> currentOn(c.removedAt, onset))
                        .map(c -> new Item(c.id, c.name, c.code, c.recordedAt)).toList(),
                p.allergies.stream().filter(a -> currentOn(a.removedAt, onset))
                        .map(a -> new Item(a.id, a.substance, null, a.recordedAt)).toList());
        var reporter = new Reporter(event.recordedBy, roleOfUser.apply(event.recordedBy), event.recordedAt);
        List<Dose> doses = upToOnset.stream().map(a -> new Dose(a.id, a.administeredAt, a.courseDay, a.status,
                a.route, a.volumeMl, a.site, a.lotNumber, a.recordedBy, a.notes)).toList();
        List<FlagPart> flags = record.flags().stream()
                .filter(f -> f.code == FlagCode.CONTRAINDICATION || f.code == FlagCode.INTERACTION)
                .map(f -> new FlagPart(f.id, f.code, f.severity, f.status, f.message, f.raisedAt,
                        f.overriddenAt, f.overriddenBy, f.overrideReason)).toList();
        String caseId = caseIdPrefix + "-" + record.course().id;
        return new AdverseEventReportRow(caseId + "-AE" + event.id, patient, reaction,
                suspect(record, event, upToOnset), history, reporter, doses, flags,
                new CaseRef(caseId, 1, org.clinic.courses.report.cases.VersionKind.INITIAL));
    }

    private SuspectDrug suspect(CourseRecord record, AdverseEvent event, List<Administration> upToOnset) {
        TreatmentCourse c = record.course();
        DrugDefinition drug = record.drug();
        List<LocalDate> givenDays = record.administrations().stream().filter(Administration::given)
                .map(a -> dayOf(a.administeredAt)).sorted().toList();
        // no dose given: no therapy dates, duration or cumulative dose, and nothing to stop or reintroduce
        boolean given = !givenDays.isEmpty();
        LocalDate start = given ? givenDays.get(0) : null;
        LocalDate stop = therapyStop(record, givenDays);
        Integer days = stop == null ? null : (int) ChronoUnit.DAYS.between(start, stop) + 1;
        List<String> lots = upToOnset.stream().filter(Administration::given).map(a -> a.lotNumber)
                .filter(l -> l != null && !l.isBlank()).map(String::strip).distinct().toList();
        BigDecimal mg = mg(c.dailyVolumeMl, drug);
        BigDecimal cumulative = !given ? null : upToOnset.stream().filter(Administration::given).map(a -> a.volumeMl)
                .filter(v -> v != null).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new SuspectDrug(c.id, drug.code(), drug.name(), lots, c.route, c.dailyVolumeMl, mg, c.indication,
                start, stop, days,
                given ? challenges.dechallenge(event, record.adverseEvents(), givenDoses(record), c.stoppedAt)
                        : Challenge.NOT_APPLICABLE,
                given ? challenges.rechallenge(event, givenDoses(record), record.adverseEvents())
                        : Challenge.NOT_APPLICABLE,
                c.statusOn(today), c.schedule, c.lengthDays, c.startDate, c.endDate(), c.createdAt,
                c.prescribedBy, c.stopReason, cumulative, mg(cumulative, drug),
                givenDays.isEmpty() ? null : (int) ChronoUnit.DAYS.between(givenDays.get(0), event.observedOn),
                record.holder() == null ? null : record.holder().name(),
                record.holder() == null ? null : record.holder().address());
    }

    /**
     * The last dose given once the drug was stopped (course stopped, or an event on which it was
     * withdrawn) or the course finished; null while it runs or when no dose was given. Never the day
     * "Stop" was clicked, never the planned end.
     */
    private LocalDate therapyStop(CourseRecord record, List<LocalDate> givenDays) {
        TreatmentCourse c = record.course();
        boolean withdrawn = record.adverseEvents().stream()
                .anyMatch(e -> !e.voided && e.action == org.clinic.courses.adverse.ActionTaken.WITHDRAWN);
        boolean finished = c.stoppedAt != null || withdrawn || c.signedOffAt != null || today.isAfter(c.endDate());
        if (!finished || givenDays.isEmpty()) return null;
        return givenDays.get(givenDays.size() - 1);
    }

    private static BigDecimal mg(BigDecimal ml, DrugDefinition drug) {
        return drug.concentrationMgPerMl() == null || ml == null ? null
                : ml.multiply(drug.concentrationMgPerMl()).setScale(1, RoundingMode.HALF_UP);
    }

    private static List<Administration> givenDoses(CourseRecord record) {
        return record.administrations().stream().filter(a -> !a.voided).toList();
    }

    /** Removed before the onset day: not current then. Items added later still count as history. */
    private boolean currentOn(Instant removedAt, LocalDate onset) {
        return removedAt == null || !dayOf(removedAt).isBefore(onset);
    }

    private LocalDate dayOf(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }
}
