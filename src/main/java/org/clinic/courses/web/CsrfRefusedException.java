package org.clinic.courses.web;

/** A state-changing request without this session's CSRF token, or from another site: 400, nothing done. */
public class CsrfRefusedException extends RuntimeException {
    public CsrfRefusedException(String why) {
        super(why, null, false, false);
    }
}
