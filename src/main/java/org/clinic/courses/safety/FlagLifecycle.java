package org.clinic.courses.safety;

import org.clinic.courses.web.InputCheck;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import org.clinic.courses.audit.AuditLog;
import org.clinic.courses.security.Signatures;
import org.clinic.courses.web.ConflictException;
import org.clinic.courses.web.InvalidInputException;

import java.time.Clock;
import java.time.Instant;

/**
 * What clinicians do with a flag, each step audited with the user and the time:
 * acknowledge (seen; only from OPEN), override (a physician accepts the risk with a written reason;
 * from OPEN or ACKNOWLEDGED; lifts a contraindication's block) and resolve (a physician settles it
 * with a reason; from OPEN or ACKNOWLEDGED). Roles are enforced by the resources.
 * A resolved flag whose cause is still in the record is raised again, as a new flag, by the next
 * evaluation: to accept a risk that stays, override it.
 */
@ApplicationScoped
public class FlagLifecycle {
    public static final int TEXT_MAX = 1000;

    @Inject
    EntityManager em;
    @Inject
    AuditLog audit;
    @Inject
    Clock clock;
    @Inject
    Signatures signatures;

    @Transactional
    public Flag acknowledge(long id, String note) {
        String text = optionalText("note", note);
        Flag f = load(id);
        if (f.status != FlagStatus.OPEN) {
            throw refused(f, "acknowledged", "only an open flag can be acknowledged");
        }
        f.status = FlagStatus.ACKNOWLEDGED;
        f.acknowledgedAt = Instant.now(clock);
        f.acknowledgedBy = audit.currentUser();
        f.acknowledgeNote = text;
        audit.record("FLAG_ACKNOWLEDGED", "Flag", f.id, f.code + " on course " + f.course.id
                + (text == null ? "" : ": " + text));
        return f;
    }

    @Transactional
    public Flag override(long id, String reason, String password) {
        String text = requiredText("reason", reason, "Write why the flag may be overridden");
        Flag f = load(id);
        if (!f.active()) {
            throw refused(f, "overridden", "only an open or acknowledged flag can be overridden");
        }
        Signatures.Signature signature = signatures.sign(password, "password", overrideMeaning(f));
        f.status = FlagStatus.OVERRIDDEN;
        f.overriddenAt = signature.signedAt();
        f.overriddenBy = signature.username();
        f.overrideReason = text;
        f.overrideSignerName = signature.fullName();
        f.overrideMeaning = signature.meaning();
        audit.record("FLAG_OVERRIDDEN", "Flag", f.id, f.code + " on course " + f.course.id + ": " + text
                + "; " + signature.describe());
        return f;
    }

    /** What an override signature means, shown with it and kept in the record. */
    static String overrideMeaning(Flag f) {
        return "Override: I accept the risk of " + f.code.label() + " for this patient and that treatment goes on";
    }

    @Transactional
    public Flag resolve(long id, String reason) {
        String text = requiredText("reason", reason, "Write why the flag is resolved");
        Flag f = load(id);
        if (!f.active()) {
            throw refused(f, "resolved", "only an open or acknowledged flag can be resolved");
        }
        f.status = FlagStatus.RESOLVED;
        f.resolvedAt = Instant.now(clock);
        f.resolvedBy = audit.currentUser();
        f.resolveReason = text;
        audit.record("FLAG_RESOLVED", "Flag", f.id, f.code + " on course " + f.course.id + ": " + text);
        return f;
    }

    /** Locked, so two clinicians acting on one flag at once cannot both succeed. */
    private Flag load(long id) {
        Flag f = em.find(Flag.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (f == null) {
            throw new NotFoundException("No flag " + id);
        }
        return f;
    }

    private static ConflictException refused(Flag f, String verb, String rule) {
        return new ConflictException("Flag " + f.id + " is " + f.status.name().toLowerCase()
                + " and cannot be " + verb + ": " + rule, FlagView.of(f));
    }

    static String optionalText(String field, String value) {
        if (value == null || value.isBlank()) return null;
        String text = value.strip();
        if (text.length() > TEXT_MAX) throw new InvalidInputException(field, "At most " + TEXT_MAX + " characters");
        if (InputCheck.hasControlCharacters(text)) throw new InvalidInputException(field, "Contains control characters");
        return text;
    }

    static String requiredText(String field, String value, String hint) {
        String text = optionalText(field, value);
        if (text == null) throw new InvalidInputException(field, "Required. " + hint);
        return text;
    }
}
