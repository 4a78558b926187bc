package org.clinic.courses.web;

/**
 * A key (Idempotency-Key or a form's one-time token) sent again with another body or by another user:
 * 422, nothing stored. Extends the conflict so forms re-render it as a message like other clashes.
 */
public class IdempotencyMismatchException extends ConflictException {
    public IdempotencyMismatchException(String message) {
        super(message);
    }
}
