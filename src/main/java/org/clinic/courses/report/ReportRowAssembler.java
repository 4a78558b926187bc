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
import java.util.ArrayList;
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
        CourseFacts facts = new CourseFacts(record);
        return record.adverseEvents().stream().filter(e -> !e.voided)
                .sorted(Comparator.comparing((AdverseEvent e) -> e.observedOn).thenComparing(e -> e.id))
                .map(facts::row);
    }

    public AdverseEventReportRow row(CourseRecord record, AdverseEvent event) {
        return new CourseFacts(record).row(event);
    }

    /**
     * What every row of one course shares, worked out once: a course of 50 side effects and 20 doses
     * would otherwise sort and map its doses and flags 50 times (docs/performance.md, exports).
     */
    private final class CourseFacts {
        private final CourseRecord record;
        /** Not voided, by time given (ties in id order), each with its day and its report form. */
        private final List<Administration> active;
        private final List<LocalDate> activeDays;
        private final List<Dose> activeDoses;
        private final List<LocalDate> givenDays;
        private final List<Administration> notVoided;
        private final List<FlagPart> flags;
        private final boolean fatal;
        private final LocalDate stop;

        CourseFacts(CourseRecord record) {
            this.record = record;
            active = record.administrations().stream().filter(a -> !a.voided)
                    .sorted(Comparator.comparing((Administration a) -> a.administeredAt)).toList();
            activeDays = active.stream().map(a -> dayOf(a.administeredAt)).toList();
            activeDoses = active.stream().map(a -> new Dose(a.id, a.administeredAt, a.courseDay, a.status,
                    a.route, a.volumeMl, a.site, a.lotNumber, a.recordedBy, a.notes)).toList();
            givenDays = record.administrations().stream().filter(Administration::given)
                    .map(a -> dayOf(a.administeredAt)).sorted().toList();
            notVoided = givenDoses(record);
            flags = record.flags().stream()
                    .filter(f -> f.code == FlagCode.CONTRAINDICATION || f.code == FlagCode.INTERACTION)
                    .map(f -> new FlagPart(f.id, f.code, f.severity, f.status, f.message, f.raisedAt,
                            f.overriddenAt, f.overriddenBy, f.overrideReason)).toList();
            fatal = record.adverseEvents().stream()
                    .anyMatch(e -> !e.voided && e.outcome == org.clinic.courses.adverse.Outcome.FATAL);
            stop = therapyStop(record, givenDays);
        }

        AdverseEventReportRow row(AdverseEvent event) {
            Patient p = record.patient();
            LocalDate onset = event.observedOn;
            List<Integer> upToOnset = new ArrayList<>(active.size());
            for (int i = 0; i < active.size(); i++) {
                if (!activeDays.get(i).isAfter(onset)) upToOnset.add(i);
            }
            var patient = new PatientPart(p.id, p.initials(), p.birthDate,
                    p.birthDate == null ? null : p.ageOn(onset), p.sex, p.weightKg, p.egfr, fatal, p.egfrMeasuredOn);
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
            List<Dose> doses = upToOnset.stream().map(activeDoses::get).toList();
            String caseId = caseIdPrefix + "-" + record.course().id;
            return new AdverseEventReportRow(caseId + "-AE" + event.id, patient, reaction,
                    suspect(event, upToOnset.stream().map(active::get).toList()), history, reporter, doses, flags,
                    new CaseRef(caseId, 1, org.clinic.courses.report.cases.VersionKind.INITIAL));
        }

        private SuspectDrug suspect(AdverseEvent event, List<Administration> upToOnset) {
            TreatmentCourse c = record.course();
            DrugDefinition drug = record.drug();
            // no dose given: no therapy dates, duration or cumulative dose, and nothing to stop or reintroduce
            boolean given = !givenDays.isEmpty();
            LocalDate start = given ? givenDays.get(0) : null;
            Integer days = stop == null ? null : (int) ChronoUnit.DAYS.between(start, stop) + 1;
            List<String> lots = upToOnset.stream().filter(Administration::given).map(a -> a.lotNumber)
                    .filter(l -> l != null && !l.isBlank()).map(String::strip).distinct().toList();
            BigDecimal mg = mg(c.dailyVolumeMl, drug);
            BigDecimal cumulative = !given ? null : upToOnset.stream().filter(Administration::given).map(a -> a.volumeMl)
                    .filter(v -> v != null).reduce(BigDecimal.ZERO, BigDecimal::add);
            return new SuspectDrug(c.id, drug.code(), drug.name(), lots, c.route, c.dailyVolumeMl, mg, c.indication,
                    start, stop, days,
                    given ? challenges.dechallenge(event, record.adverseEvents(), notVoided, c.stoppedAt)
                            : Challenge.NOT_APPLICABLE,
                    given ? challenges.rechallenge(event, notVoided, record.adverseEvents())
                            : Challenge.NOT_APPLICABLE,
                    c.statusOn(today), c.schedule, c.lengthDays, c.startDate, c.endDate(), c.createdAt,
                    c.prescribedBy, c.stopReason, cumulative, mg(cumulative, drug),
                    givenDays.isEmpty() ? null : (int) ChronoUnit.DAYS.between(givenDays.get(0), event.observedOn),
                    record.holder() == null ? null : record.holder().name(),
                    record.holder() == null ? null : record.holder().address());
        }
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
