package org.clinic.courses.adverse;

import org.clinic.courses.web.InputCheck;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import org.clinic.courses.audit.AuditLog;
import org.clinic.courses.catalog.DrugCatalog;
import org.clinic.courses.catalog.DrugDefinition;
import org.clinic.courses.course.TreatmentCourse;
import org.clinic.courses.dose.CourseGate;
import org.clinic.courses.dose.FormInput;
import org.clinic.courses.dose.Idempotency;
import org.clinic.courses.safety.Flag;
import org.clinic.courses.safety.SafetyService;
import org.clinic.courses.web.ConflictException;
import org.clinic.courses.web.FieldError;
import org.clinic.courses.web.InvalidInputException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Records, and voids, adverse events; every change is audited and re-judged by the safety rules. */
@ApplicationScoped
public class AdverseEventService {
    public record Result(AdverseEventResponse event, long courseId, boolean replayed) {
    }

    @Inject
    Clock clock;
    @Inject
    SafetyService safety;
    @Inject
    AuditLog audit;
    @Inject
    DrugCatalog catalog;

    public Result record(long courseId, AdverseEventRequest request, String clientKey) {
        return record(courseId, request, clientKey, List.of());
    }

    public Result record(long courseId, AdverseEventRequest request, String clientKey, List<FieldError> unreadable) {
        String key = Idempotency.storedKey("ae", clientKey);
        String print = key == null ? null : Idempotency.fingerprint(audit.currentUser(), request);
        return Idempotency.onceInOneTransaction(key, () -> replay(courseId, key, print),
                () -> insert(courseId, request, key, print, unreadable));
    }

    private Optional<Result> replay(long courseId, String key, String print) {
        Optional<AdverseEvent> first = AdverseEvent.find("idempotencyKey", key).firstResultOptional();
        first.filter(e -> e.course.id != courseId).ifPresent(e -> {
            throw new ConflictException("This Idempotency-Key was already used for another course");
        });
        first.ifPresent(e -> Idempotency.requireSameRequest(e.idempotencyFingerprint, e.recordedBy, print,
                audit.currentUser()));
        return first.map(e -> new Result(AdverseEventResponse.of(e, Flag.list("adverseEventId", e.id)), courseId, true));
    }

    private Result insert(long courseId, AdverseEventRequest raw, String key, String print, List<FieldError> unreadable) {
        return insert(courseId, raw, key, print, unreadable, null, null);
    }

    /**
     * {@code replaced}: the event this one corrects; it is voided with {@code reason} in the same transaction,
     * after every check has passed, so a refused correction leaves the original standing.
     */
    Result insert(long courseId, AdverseEventRequest raw, String key, String print, List<FieldError> unreadable,
                  AdverseEvent replaced, String reason) {
        if (raw == null) {
            throw new InvalidInputException("body", "A JSON object with the adverse event's fields");
        }
        TreatmentCourse course = TreatmentCourse.findById(courseId);
        if (course == null) {
            throw new NotFoundException("Unknown course " + courseId);
        }
        AdverseEventRequest r = raw.normalised();
        FollowUpWindow window = followUp(course);
        if (r.observedOn() != null && r.observedOn().isAfter(window.last())) {
            // A stopped or signed-off course still takes events of its days and of its follow-up window
            // (the reaction that made the physician stop is often written up after the stop).
            CourseGate.requireOpen(course);
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        List<FieldError> errors = new ArrayList<>(unreadable);
        Set<String> already = unreadable.stream().map(FieldError::field).collect(Collectors.toSet());
        AdverseEventRules.check(course, r, today, window).stream().filter(e -> !already.contains(e.field()))
                .forEach(errors::add);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        AdverseEvent e = new AdverseEvent();
        e.course = course;
        e.observedOn = r.observedOn();
        e.courseDay = course.courseDayOf(r.observedOn());
        e.term = r.term();
        e.grade = AdverseEventRules.grade(r.grade());
        Set<SeriousCriterion> criteria = r.seriousCriteria().isEmpty() ? EnumSet.noneOf(SeriousCriterion.class)
                : EnumSet.copyOf(r.seriousCriteria());
        e.setSeriousCriteria(criteria);
        e.serious = !criteria.isEmpty();
        e.action = r.action();
        e.outcome = r.outcome();
        e.causality = r.causality();
        e.notes = r.notes();
        e.recordedBy = audit.currentUser();
        e.recordedAt = now;
        e.idempotencyKey = key;
        e.idempotencyFingerprint = print;
        if (replaced != null) {
            voidNow(replaced, reason);
            e.replacesId = replaced.id;
        }
        e.persist();
        audit.record("ADVERSE_EVENT_RECORDED", "AdverseEvent", e.id, "course " + course.id + " day " + e.courseDay
                + ": " + e.term + " grade " + e.grade + (e.serious ? " serious" : "")
                + (replaced == null ? "" : "; corrects adverse event " + replaced.id));
        List<Flag> flags = safety.evaluate(course);
        return new Result(AdverseEventResponse.of(e, flags), courseId, false);
    }

    /** The course's days plus the drug's follow-up days (catalog followUpDays) after the last day of treatment. */
    FollowUpWindow followUp(TreatmentCourse course) {
        Integer days = catalog.find(course.drugCode).map(DrugDefinition::followUpDays).orElse(null);
        return FollowUpWindow.of(course, days, clock.getZone());
    }

    @Transactional
    public AdverseEventResponse find(long id) {
        AdverseEvent e = AdverseEvent.<AdverseEvent>findByIdOptional(id)
                .orElseThrow(() -> new NotFoundException("Unknown adverse event " + id));
        return AdverseEventResponse.of(e, Flag.list("adverseEventId", e.id));
    }

    public Result voidRecord(long id, String reason) {
        return QuarkusTransaction.requiringNew().call(() -> {
            AdverseEvent e = AdverseEvent.findById(id);
            if (e == null) {
                throw new NotFoundException("Unknown adverse event " + id);
            }
            Optional<FieldError> bad = reasonError(reason, "Give the reason for voiding");
            if (bad.isPresent()) {
                throw new InvalidInputException(List.of(bad.get()));
            }
            requireCorrectable(e);
            voidNow(e, FormInput.text(reason));
            List<Flag> flags = safety.evaluate(e.course);
            return new Result(AdverseEventResponse.of(e, flags), e.course.id, false);
        });
    }

    /** A void's or a correction's reason: required, plain text, at most the notes' length. */
    static Optional<FieldError> reasonError(String reason, String missing) {
        String why = FormInput.text(reason);
        if (InputCheck.hasControlCharacters(why)) {
            return Optional.of(new FieldError("reason", "Contains control characters"));
        }
        if (why == null || why.length() > AdverseEventRules.NOTES_MAX) {
            return Optional.of(new FieldError("reason", why == null ? missing
                    : "At most " + AdverseEventRules.NOTES_MAX + " characters"));
        }
        return Optional.empty();
    }

    /** A closed course's events may still be voided or corrected when they fall in its follow-up period. */
    void requireCorrectable(AdverseEvent e) {
        if (!followUp(e.course).isFollowUp(e.observedOn)) {
            CourseGate.requireOpen(e.course);
        }
    }

    /** Conditional update: of two concurrent voids (or corrections) of one event exactly one wins. */
    private void voidNow(AdverseEvent e, String why) {
        int changed = AdverseEvent.update("voided = true, voidedAt = ?1, voidedBy = ?2, voidReason = ?3 "
                + "where id = ?4 and voided = false", clock.instant(), audit.currentUser(), why, e.id);
        if (changed == 0) {
            throw new ConflictException("This adverse event was already voided");
        }
        AdverseEvent.getEntityManager().refresh(e);
        audit.record("ADVERSE_EVENT_VOIDED", "AdverseEvent", e.id, why);
    }
}
