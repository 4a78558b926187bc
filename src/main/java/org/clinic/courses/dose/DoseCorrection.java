package org.clinic.courses.dose;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import org.clinic.courses.audit.AuditLog;
import org.clinic.courses.safety.Flag;
import org.clinic.courses.web.ConflictException;
import org.clinic.courses.web.FieldError;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * "Correct this entry" in one step: in one transaction the original is voided (reason, user, time) and the
 * corrected copy stored with {@code replaces_id} pointing at it. The copy goes through every check a new
 * dose does (fields, pack, contraindication block) and the course is judged again without the original.
 */
@ApplicationScoped
public class DoseCorrection {
    @Inject
    DoseService doses;
    @Inject
    AuditLog audit;

    /** A corrected copy as the API sends it; {@code submitted} is what the Idempotency-Key is bound to. */
    public DoseService.Result correct(long id, AdministrationRequest request, String reason, String clientKey,
                                      Object submitted) {
        return correct(id, ignored -> request, reason, clientKey, List.of(), submitted);
    }

    /** The correction form: the untouched time field keeps the original's exact time, not the moment of saving. */
    public DoseService.Result correctForm(long id, DoseForm form, String reason) {
        List<FieldError> unreadable = new ArrayList<>();
        return correct(id, original -> doses.formRequest(original.course.id, form, original.administeredAt, unreadable),
                reason, form.submissionToken(), unreadable, new Submitted(form, reason));
    }

    record Submitted(DoseForm form, String reason) {
    }

    private DoseService.Result correct(long id, java.util.function.Function<Administration, AdministrationRequest> read,
                                       String reason, String clientKey, List<FieldError> unreadable, Object submitted) {
        String key = Idempotency.storedKey("cor", clientKey);
        String print = key == null ? null : Idempotency.fingerprint(audit.currentUser(), submitted);
        Supplier<Optional<DoseService.Result>> existing = () -> QuarkusTransaction.requiringNew()
                .call(() -> replay(id, key, print));
        try {
            return Idempotency.once(key, existing, () -> QuarkusTransaction.requiringNew().call(() -> {
                Administration original = Administration.<Administration>findByIdOptional(id)
                        .orElseThrow(() -> new NotFoundException("Unknown administration " + id));
                if (original.voided) {
                    throw new ConflictException("This administration was already voided or corrected");
                }
                AdministrationRequest request = carryPack(read.apply(original), original);
                List<FieldError> errors = new ArrayList<>(unreadable);
                DoseService.reasonError(reason, "Give the reason for the correction").ifPresent(errors::add);
                return doses.insert(original.course.id, request, key, print, errors, original, FormInput.text(reason));
            }));
        } catch (ConflictException e) {
            // A double submission that lost the race to void the original: the winner's copy is the answer.
            Optional<DoseService.Result> first = key == null ? Optional.empty() : existing.get();
            return first.orElseThrow(() -> e);
        }
    }

    private Optional<DoseService.Result> replay(long id, String key, String print) {
        Optional<Administration> first = Administration.find("idempotencyKey", key).firstResultOptional();
        first.filter(a -> !Objects.equals(a.replacesId, id)).ifPresent(a -> {
            throw new ConflictException("This Idempotency-Key was already used for another correction");
        });
        first.ifPresent(a -> Idempotency.requireSameRequest(a.idempotencyFingerprint, a.recordedBy, print,
                audit.currentUser()));
        return first.map(a -> new DoseService.Result(AdministrationResponse.of(a, Flag.list("administrationId", a.id)),
                a.course.id, true));
    }

    /** A copy that keeps the lot and sends no scan keeps the pack the original was scanned from. */
    static AdministrationRequest carryPack(AdministrationRequest r, Administration original) {
        if (r == null || r.scan() != null || r.gtin() != null || original.gtin == null
                || !Objects.equals(FormInput.text(r.lotNumber()), original.lotNumber)) {
            return r;
        }
        return r.withPack(r.lotNumber(), original.gtin, original.expiryDate, original.serialNumber);
    }
}
