package org.clinic.courses.safety;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.clinic.courses.adverse.AdverseEvent;
import org.clinic.courses.audit.AuditLog;
import org.clinic.courses.catalog.DrugCatalog;
import org.clinic.courses.course.TreatmentCourse;
import org.clinic.courses.dose.Administration;
import org.clinic.courses.patient.Patient;
import org.clinic.courses.web.ConflictException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntConsumer;
import org.jboss.logging.Logger;

/**
 * Loads what the rules need, runs them, and persists the outcome: new causes raise flags, causes
 * that are gone resolve theirs ({@link FlagReconciliation}). Call after every change to a course's
 * data, in the same transaction. Costs a fixed number of statements per call (one per kind of
 * record), plus one insert per flag raised or update per flag resolved.
 */
@ApplicationScoped
public class SafetyService {
    private static final Logger LOG = Logger.getLogger(SafetyService.class);

    @Inject
    FlagQueries queries;
    @Inject
    DrugCatalog catalog;
    @Inject
    AuditLog audit;
    @Inject
    Clock clock;
    @Inject
    TransactionSynchronizationRegistry transactions;

    /** Course id to the clinic day of its last committed evaluation (for {@link #refreshIfStale}). */
    private final Map<Long, LocalDate> judgedOn = new ConcurrentHashMap<>();

    /**
     * Re-judges the course, and with it the patient's other unfinished courses of the same drug (an
     * overlap or a shared daily total changes on both); returns the flags this call raised on the course.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Flag> evaluate(TreatmentCourse course) {
        java.util.Set<Long> ids = new java.util.TreeSet<>(queries.unfinishedCourseIds(course.patient.id, course.drugCode));
        ids.add(course.id);
        return evaluateCourses(ids).raised().stream().filter(f -> f.course.id.equals(course.id)).toList();
    }

    /**
     * Re-judges every course of the patient that is not stopped or signed off, in the caller's
     * transaction: call after every change to the patient's record (condition, medication or allergy
     * added or removed, eGFR or birth date edited).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Flag> evaluatePatient(Patient patient) {
        List<Long> ids = queries.unfinishedCourseIds(patient.id);
        return ids.isEmpty() ? List.of() : evaluateCourses(ids).raised();
    }

    /**
     * A GIVEN dose is refused (409, the blocking flags in the body) while a contraindication or a
     * stop-course-review flag is open or acknowledged. Evaluates first, so a contraindication in the record that was never
     * flagged still blocks.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void checkDoseAllowed(TreatmentCourse course) {
        refuseIfBlocked(course.id, evaluateCourses(List.of(course.id)));
    }

    /**
     * A GIVEN dose just stored in this transaction: one evaluation does the work of {@link #evaluate}
     * and {@link #checkDoseAllowed} (what blocks doses, a contraindication or a stop-course review,
     * does not depend on the doses), so a dose POST reads the records once. A refusal rolls the dose back.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Flag> evaluateGivenDose(TreatmentCourse course) {
        java.util.Set<Long> ids = new java.util.TreeSet<>(queries.unfinishedCourseIds(course.patient.id, course.drugCode));
        ids.add(course.id);
        Outcome outcome = evaluateCourses(ids);
        refuseIfBlocked(course.id, outcome);
        return outcome.raised().stream().filter(f -> f.course.id.equals(course.id)).toList();
    }

    private void refuseIfBlocked(long courseId, Outcome outcome) {
        List<FlagView> blocking = outcome.current().stream().filter(f -> f.course.id.equals(courseId))
                .filter(f -> f.code.blocksDoses() && f.active()).map(FlagView::of).toList();
        if (!blocking.isEmpty()) {
            if (outcome.raised().stream().anyMatch(f -> f.code.blocksDoses() && f.course.id.equals(courseId))) {
                keepAfterRollback(courseId);
            }
            throw new ConflictException(blocking.get(0).code() == FlagCode.CONTRAINDICATION
                    ? "Doses are blocked by an unresolved contraindication: a physician must review and override it first"
                    : "Doses are blocked: a fatal outcome or a withdrawal of the drug asks a physician to review the "
                    + "course (stop it, or override the flag) first", blocking);
        }
    }

    /**
     * Limits the physician chose to prescribe outside of, with a reason: stored at once as OVERRIDDEN
     * flags, so the rules that find the same causes later leave them as decided.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordOverridden(TreatmentCourse course, List<FlagFinding> findings, String reason) {
        for (FlagFinding finding : findings) {
            Flag f = raise(course, finding);
            f.status = FlagStatus.OVERRIDDEN;
            f.overriddenAt = f.raisedAt;
            f.overriddenBy = audit.currentUser();
            f.overrideReason = reason;
            write("FLAG_OVERRIDDEN", f, f.code + " on course " + course.id + " overridden at prescribing: " + reason);
        }
    }

    /** Flags of one course, newest first, for pages and API responses. */
    public List<Flag> flagsOf(TreatmentCourse course) {
        return queries.flagsOf(course.id);
    }

    /**
     * For read paths (course page and API): re-judges the course when it has not been judged yet on
     * the clinic's current day, so time-based flags (a missed dose) show up without waiting for the
     * scheduled check. Cheap when fresh: no statement at all. Joins or starts a transaction.
     */
    @Transactional
    public List<Flag> refreshIfStale(TreatmentCourse course) {
        if (LocalDate.now(clock).equals(judgedOn.get(course.id))) {
            return List.of();
        }
        return evaluateCourses(List.of(course.id)).raised();
    }

    /** The outcome of one evaluation: the flags raised, and every flag that now owns a cause. */
    public record Outcome(List<Flag> raised, List<Flag> current) {
    }

    /** Evaluates several courses with one statement per kind of record (the scheduled check's batches). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Outcome evaluateCourses(Collection<Long> courseIds) {
        LocalDate today = LocalDate.now(clock);
        List<TreatmentCourse> courses = queries.lockCourses(courseIds);
        List<Long> ids = courses.stream().map(c -> c.id).toList();
        List<Long> patientIds = courses.stream().map(c -> c.patient.id).distinct().toList();
        var conditions = queries.conditions(patientIds);
        var medications = queries.medications(patientIds);
        var allergies = queries.allergies(patientIds);
        var administrations = queries.administrations(ids);
        var events = queries.adverseEvents(ids);
        var known = queries.knownFlags(ids);
        var sameDrug = queries.coursesOfDrugs(patientIds, courses.stream().map(c -> c.drugCode).distinct().toList());
        List<Long> otherIds = sameDrug.values().stream().flatMap(List::stream).map(c -> c.id)
                .filter(id -> !ids.contains(id)).toList();
        Map<Long, List<Administration>> otherDoses = otherIds.isEmpty() ? Map.of() : queries.administrations(otherIds);
        List<Flag> raised = new ArrayList<>();
        List<Flag> current = new ArrayList<>();
        for (TreatmentCourse c : courses) {
            Patient p = c.patient;
            PatientRecord record = new PatientRecord(p.birthDate, conditions.getOrDefault(p.id, List.of()),
                    medications.getOrDefault(p.id, List.of()), allergies.getOrDefault(p.id, List.of()), p.egfr);
            List<Administration> doses = administrations.getOrDefault(c.id, List.of());
            List<AdverseEvent> aes = events.getOrDefault(c.id, List.of());
            List<CourseSnapshot.OtherCourse> others = sameDrug.getOrDefault(p.id, List.of()).stream()
                    .filter(o -> o.drugCode.equals(c.drugCode) && !o.id.equals(c.id))
                    .map(o -> new CourseSnapshot.OtherCourse(o, administrations.containsKey(o.id)
                            ? administrations.get(o.id) : otherDoses.getOrDefault(o.id, List.of())))
                    .toList();
            CourseSnapshot snapshot = new CourseSnapshot(c, catalog.definition(c.drugCode), record, doses, aes,
                    c.onsetAt, today, clock.getZone(), others);
            List<Flag> flags = upgradeKeys(known.getOrDefault(c.id, List.of()), snapshot.drug());
            List<FlagFinding> snapshotFindings = FlagRules.evaluate(snapshot);
            FlagReconciliation.Plan plan = FlagReconciliation.plan(flags, snapshotFindings);
            Map<String, String> changes = PatientChanges.of(p, conditions.getOrDefault(p.id, List.of()),
                    medications.getOrDefault(p.id, List.of()), allergies.getOrDefault(p.id, List.of()));
            for (Flag f : plan.toResolve()) resolve(f, FlagReconciliation.resolveReason(f, doses, aes, changes));
            for (FlagFinding finding : plan.toRaise()) raised.add(raise(c, finding));
            refreshMessages(flags, snapshotFindings);
            flags.stream().filter(f -> f.active() || f.status == FlagStatus.OVERRIDDEN).forEach(current::add);
        }
        current.addAll(raised);
        remember(ids, today);
        return new Outcome(raised, current);
    }

    /**
     * Contraindication flags stored one per record (before one per contraindication) take the current
     * key, so an open or overridden one carries on; a second one for the same contraindication is
     * resolved as merged. Returns the flags that still own a cause.
     */
    private List<Flag> upgradeKeys(List<Flag> flags, org.clinic.courses.catalog.DrugDefinition drug) {
        List<Flag> kept = new ArrayList<>();
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (Flag f : flags) {
            if (f.code == FlagCode.CONTRAINDICATION) {
                Screening.currentKey(drug, f.causeKey).ifPresent(k -> f.causeKey = k);
                if (!keys.add(f.causeKey) && f.status != FlagStatus.OVERRIDDEN) {
                    resolve(f, "Merged: one flag per contraindication now names every record that matches it");
                    continue;
                }
            }
            kept.add(f);
        }
        return kept;
    }

    /** An active flag keeps its cause but shows the current words (a persistent run grew from 3 to 4 days). */
    private static void refreshMessages(List<Flag> flags, List<FlagFinding> findings) {
        for (FlagFinding finding : findings) {
            flags.stream().filter(f -> f.active() && f.causeKey.equals(finding.causeKey())
                    && !f.message.equals(finding.message())).forEach(f -> f.message = finding.message());
        }
    }

    private Flag raise(TreatmentCourse course, FlagFinding finding) {
        Flag f = new Flag();
        f.course = course;
        f.code = finding.code();
        f.severity = finding.severity();
        f.status = FlagStatus.OPEN;
        f.causeKey = finding.causeKey();
        f.courseDay = finding.courseDay();
        f.message = finding.message();
        f.administrationId = finding.administrationId();
        f.adverseEventId = finding.adverseEventId();
        f.raisedAt = Instant.now(clock);
        f.persist();
        write("FLAG_RAISED", f, f.code + " " + f.severity + " on course " + course.id + ": " + f.message);
        return f;
    }

    private void resolve(Flag f, String reason) {
        f.status = FlagStatus.RESOLVED;
        f.resolvedAt = Instant.now(clock);
        f.resolvedBy = FlagReconciliation.SYSTEM;
        f.resolveReason = reason;
        write("FLAG_RESOLVED", f, f.code + " on course " + f.course.id + " resolved by the system: " + reason);
    }

    private void write(String action, Flag f, String detail) {
        String user = audit.currentUser();
        audit.write(user == null ? FlagReconciliation.SYSTEM : user, action, "Flag", f.id, detail,
                audit.currentClientAddress());
    }

    /** Marks the courses as judged today once the transaction commits (a rollback leaves them stale). */
    private void remember(List<Long> ids, LocalDate today) {
        afterCompletion(status -> {
            if (status == Status.STATUS_COMMITTED) ids.forEach(id -> judgedOn.put(id, today));
        });
    }

    /**
     * The refused dose rolls the caller's transaction back, and with it the contraindication flag just
     * raised: once it has ended, the course is judged again in a transaction of its own, so the flag
     * that blocked the dose is stored and reaches the review queue.
     */
    private void keepAfterRollback(long courseId) {
        afterCompletion(status -> {
            if (status == Status.STATUS_COMMITTED) return;
            Infrastructure.getDefaultWorkerPool().execute(() -> {
                try {
                    QuarkusTransaction.requiringNew().run(() -> evaluateCourses(List.of(courseId)));
                } catch (RuntimeException e) {
                    LOG.errorf(e, "Could not store the flags of course %d; the scheduled check tries again", courseId);
                }
            });
        });
    }

    private void afterCompletion(IntConsumer action) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                action.accept(status);
            }
        });
    }
}
