package org.clinic.courses.web;

/** A request that clashes with what is stored (duplicate MRN, dose blocked by a flag): 409. */
public class ConflictException extends RuntimeException {
    private final transient Object body;

    public ConflictException(String message, Object body) {
        super(message);
        this.body = body;
    }

    public ConflictException(String message) {
        this(message, null);
    }

    public Object body() {
        return body;
    }
}
