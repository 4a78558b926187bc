package org.clinic.courses.adverse;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import org.clinic.courses.audit.AuditLog;
import org.clinic.courses.dose.FormInput;
import org.clinic.courses.dose.Idempotency;
import org.clinic.courses.safety.Flag;
import org.clinic.courses.web.ConflictException;
import org.clinic.courses.web.FieldError;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * "Correct this entry" for a side effect, in one step: in one transaction the original is voided (reason,
 * user, time) and the corrected copy stored with {@code replaces_id} pointing at it. The copy goes through
 * every check a new side effect does, and the course is judged again without the original (its serious,
 * persistent and worsening flags follow the copy).
 */
@ApplicationScoped
public class AdverseEventCorrection {
    @Inject
    AdverseEventService events;
    @Inject
    AuditLog audit;

    /** {@code submitted}: what the Idempotency-Key is bound to (the JSON request, or the form as typed). */
    public AdverseEventService.Result correct(long id, AdverseEventRequest request, String reason, String clientKey,
                                              List<FieldError> unreadable, Object submitted) {
        String key = Idempotency.storedKey("aec", clientKey);
        String print = key == null ? null : Idempotency.fingerprint(audit.currentUser(), submitted);
        Supplier<Optional<AdverseEventService.Result>> existing = () -> QuarkusTransaction.requiringNew()
                .call(() -> replay(id, key, print));
        try {
            return Idempotency.once(key, existing, () -> QuarkusTransaction.requiringNew().call(() -> {
                AdverseEvent original = AdverseEvent.<AdverseEvent>findByIdOptional(id)
                        .orElseThrow(() -> new NotFoundException("Unknown adverse event " + id));
                if (original.voided) {
                    throw new ConflictException("This adverse event was already voided or corrected");
                }
                events.requireCorrectable(original);
                List<FieldError> errors = new ArrayList<>(unreadable);
                AdverseEventService.reasonError(reason, "Give the reason for the correction").ifPresent(errors::add);
                return events.insert(original.course.id, request, key, print, errors, original, FormInput.text(reason));
            }));
        } catch (ConflictException e) {
            // A double submission that lost the race to void the original: the winner's copy is the answer.
            Optional<AdverseEventService.Result> first = key == null ? Optional.empty() : existing.get();
            return first.orElseThrow(() -> e);
        }
    }

    private Optional<AdverseEventService.Result> replay(long id, String key, String print) {
        Optional<AdverseEvent> first = AdverseEvent.find("idempotencyKey", key).firstResultOptional();
        first.filter(e -> !Objects.equals(e.replacesId, id)).ifPresent(e -> {
            throw new ConflictException("This Idempotency-Key was already used for another correction");
        });
        first.ifPresent(e -> Idempotency.requireSameRequest(e.idempotencyFingerprint, e.recordedBy, print,
                audit.currentUser()));
        return first.map(e -> new AdverseEventService.Result(AdverseEventResponse.of(e, Flag.list("adverseEventId", e.id)),
                e.course.id, true));
    }
}
