package org.clinic.courses.dose;

import org.clinic.courses.web.InputCheck;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import org.clinic.courses.audit.AuditLog;
import org.clinic.courses.catalog.DrugCatalog;
import org.clinic.courses.catalog.DrugDefinition;
import org.clinic.courses.course.TreatmentCourse;
import org.clinic.courses.safety.Flag;
import org.clinic.courses.safety.SafetyService;
import org.clinic.courses.web.ConflictException;
import org.clinic.courses.web.FieldError;
import org.clinic.courses.web.InvalidInputException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Records, and voids, administrations; every change is audited and re-judged by the safety rules. */
@ApplicationScoped
public class DoseService {
    /** {@code replayed}: the key had been used, nothing new was stored. */
    public record Result(AdministrationResponse administration, long courseId, boolean replayed) {
    }

    @Inject
    Clock clock;
    @Inject
    DrugCatalog catalog;
    @Inject
    SafetyService safety;
    @Inject
    AuditLog audit;
    @Inject
    VolumeConfirmation volumes;

    public Result record(long courseId, AdministrationRequest request, String clientKey) {
        return record(courseId, request, clientKey, List.of());
    }

    /** {@code unreadable}: fields a form could not parse, reported together with the rules' findings. */
    public Result record(long courseId, AdministrationRequest request, String clientKey, List<FieldError> unreadable) {
        return record(courseId, request, clientKey, unreadable, request);
    }

    /** {@code submitted}: what the key is bound to (the JSON request, or the form as typed). */
    private Result record(long courseId, AdministrationRequest request, String clientKey, List<FieldError> unreadable,
                          Object submitted) {
        String key = Idempotency.storedKey("adm", clientKey);
        String print = key == null ? null : Idempotency.fingerprint(audit.currentUser(), submitted);
        return Idempotency.onceInOneTransaction(key, () -> replay(courseId, key, print),
                () -> insert(courseId, request, key, print, unreadable));
    }

    /**
     * A submitted form: unreadable fields are reported along with the rules' findings. A volume that
     * is not the prescribed one, or over the route's limit, is asked about first ({@link VolumeConfirmation}).
     */
    public Result recordForm(long courseId, DoseForm form) {
        List<FieldError> unreadable = new ArrayList<>();
        AdministrationRequest request = formRequest(courseId, form, clock.instant(), unreadable);
        // The form as typed, not the request: a blank or untouched time becomes "now" and differs on a double submit.
        return record(courseId, request, form.submissionToken(), unreadable, form);
    }

    /** The form read as a request; {@code untouchedTime} is the time stored when the nurse left the field as shown. */
    AdministrationRequest formRequest(long courseId, DoseForm form, Instant untouchedTime, List<FieldError> unreadable) {
        AdministrationRequest request = form.toRequest(clock.getZone(), untouchedTime, unreadable);
        volumes.unconfirmed(courseId, request, form.confirmedVolumeMl()).ifPresent(unreadable::add);
        return request;
    }

    private Optional<Result> replay(long courseId, String key, String print) {
        Optional<Administration> first = Administration.find("idempotencyKey", key).firstResultOptional();
        first.filter(a -> a.course.id != courseId).ifPresent(a -> {
            throw new ConflictException("This Idempotency-Key was already used for another course");
        });
        first.ifPresent(a -> Idempotency.requireSameRequest(a.idempotencyFingerprint, a.recordedBy, print,
                audit.currentUser()));
        return first.map(a -> new Result(AdministrationResponse.of(a, Flag.list("administrationId", a.id)), courseId, true));
    }

    private Result insert(long courseId, AdministrationRequest raw, String key, String print, List<FieldError> unreadable) {
        return insert(courseId, raw, key, print, unreadable, null, null);
    }

    /**
     * {@code replaced}: the record this one corrects; it is voided with {@code reason} in the same transaction,
     * after every check has passed, so a refused correction leaves the original standing.
     */
    Result insert(long courseId, AdministrationRequest raw, String key, String print, List<FieldError> unreadable,
                  Administration replaced, String reason) {
        if (raw == null) {
            throw new InvalidInputException("body", "A JSON object with the administration's fields");
        }
        TreatmentCourse course = CourseGate.openCourse(courseId);
        DrugDefinition drug = catalog.definition(course.drugCode);
        Instant now = clock.instant();
        List<FieldError> packErrors = new ArrayList<>();
        AdministrationRequest normalised = raw.normalised();
        LocalDate doseDay = normalised.administeredAt() == null ? null
                : normalised.administeredAt().atZoneSameInstant(clock.getZone()).toLocalDate();
        PackScan.Outcome pack = PackScan.check(normalised, drug.gtins(), doseDay, LocalDate.now(clock), packErrors);
        AdministrationRequest r = pack.request();
        List<FieldError> errors = merge(unreadable, DoseRules.check(course, drug, r, now, clock.getZone()));
        errors = merge(errors, packErrors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (pack.refusal() == PackScan.Refusal.WRONG_DRUG) {
            throw new ConflictException("Wrong drug: the scanned pack (GTIN " + r.gtin() + ") is not " + drug.name()
                    + "; do not give it");
        }
        if (pack.refusal() == PackScan.Refusal.EXPIRED) {
            throw new ConflictException("Expired pack: it expired on " + r.expiryDate() + "; take another pack");
        }
        Administration a = new Administration();
        a.course = course;
        a.administeredAt = r.administeredAt().toInstant();
        a.courseDay = course.courseDayOf(a.administeredAt.atZone(clock.getZone()).toLocalDate());
        a.route = r.route();
        a.status = r.status();
        a.volumeMl = r.volumeMl();
        a.site = r.site();
        a.lotNumber = r.lotNumber();
        a.gtin = r.gtin();
        a.expiryDate = r.expiryDate();
        a.serialNumber = r.serialNumber();
        a.diluent = r.diluent() == null ? null : DoseRules.canonicalDiluent(r.diluent(), drug.route(r.route()));
        a.diluentVolumeMl = r.diluentVolumeMl();
        a.infusionMinutes = r.infusionMinutes() == null ? null : r.infusionMinutes().intValueExact();
        a.notes = r.notes();
        a.recordedBy = audit.currentUser();
        a.recordedAt = now;
        a.idempotencyKey = key;
        a.idempotencyFingerprint = print;
        if (replaced != null) {
            voidNow(replaced, reason, now);
            a.replacesId = replaced.id;
        }
        a.persist();
        audit.record("ADMINISTRATION_RECORDED", "Administration", a.id, "course " + course.id + " day " + a.courseDay
                + ": " + a.status + " " + a.volumeMl.toPlainString() + " ml " + a.route
                + (replaced == null ? "" : "; corrects administration " + replaced.id));
        // A GIVEN dose is refused (409, rolled back) while a dose-blocking flag is active: judged with the dose stored.
        List<Flag> flags = r.status() == AdministrationStatus.GIVEN ? safety.evaluateGivenDose(course) : safety.evaluate(course);
        return new Result(AdministrationResponse.of(a, flags), courseId, false);
    }

    @jakarta.transaction.Transactional
    public AdministrationResponse find(long id) {
        Administration a = Administration.<Administration>findByIdOptional(id)
                .orElseThrow(() -> new NotFoundException("Unknown administration " + id));
        return AdministrationResponse.of(a, Flag.list("administrationId", a.id));
    }

    /** Marks the record voided with who, when and why; it stays readable. */
    public Result voidRecord(long id, String reason) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Administration a = Administration.findById(id);
            if (a == null) {
                throw new NotFoundException("Unknown administration " + id);
            }
            Optional<FieldError> bad = reasonError(reason, "Give the reason for voiding");
            if (bad.isPresent()) {
                throw new InvalidInputException(List.of(bad.get()));
            }
            CourseGate.requireOpen(a.course);
            voidNow(a, FormInput.text(reason), clock.instant());
            List<Flag> flags = safety.evaluate(a.course);
            return new Result(AdministrationResponse.of(a, flags), a.course.id, false);
        });
    }

    /** A void's or a correction's reason: required, plain text, at most the notes' length. */
    static Optional<FieldError> reasonError(String reason, String missing) {
        String why = FormInput.text(reason);
        if (InputCheck.hasControlCharacters(why)) {
            return Optional.of(new FieldError("reason", "Contains control characters"));
        }
        if (why == null || why.length() > DoseRules.NOTES_MAX) {
            return Optional.of(new FieldError("reason", why == null ? missing : "At most " + DoseRules.NOTES_MAX + " characters"));
        }
        return Optional.empty();
    }

    /** Conditional update: of two concurrent voids (or corrections) of one record exactly one wins. */
    private void voidNow(Administration a, String why, Instant now) {
        int changed = Administration.update("voided = true, voidedAt = ?1, voidedBy = ?2, voidReason = ?3 "
                + "where id = ?4 and voided = false", now, audit.currentUser(), why, a.id);
        if (changed == 0) {
            throw new ConflictException("This administration was already voided or corrected");
        }
        Administration.getEntityManager().refresh(a);
        audit.record("ADMINISTRATION_VOIDED", "Administration", a.id, why);
    }

    static List<FieldError> merge(List<FieldError> unreadable, List<FieldError> found) {
        Set<String> already = unreadable.stream().map(FieldError::field).collect(Collectors.toSet());
        List<FieldError> all = new ArrayList<>(unreadable);
        found.stream().filter(e -> !already.contains(e.field())).forEach(all::add);
        return all;
    }
}
