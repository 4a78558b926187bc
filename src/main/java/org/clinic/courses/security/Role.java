package org.clinic.courses.security;

/** The roles of the API contract's role table. */
public enum Role {
    NURSE, PHYSICIAN, ADMIN;

    public static final String NURSE_NAME = "NURSE";
    public static final String PHYSICIAN_NAME = "PHYSICIAN";
    public static final String ADMIN_NAME = "ADMIN";
}
