package org.clinic.courses.web;

import java.util.Map;

/**
 * What the user typed into a form that failed, by the same input key its error uses
 * ({values.of('override-12')}), so a re-rendered form never loses a typed reason. Never holds a password.
 */
public final class FormValues {
    public static final FormValues NONE = new FormValues(Map.of());

    private final Map<String, String> byField;

    private FormValues(Map<String, String> byField) {
        this.byField = byField;
    }

    public static FormValues of(String field, String value) {
        return value == null ? NONE : new FormValues(Map.of(field, value));
    }

    /** The typed text, or "" when nothing was typed into that field. */
    public String of(String field) {
        return byField.getOrDefault(field, "");
    }
}
