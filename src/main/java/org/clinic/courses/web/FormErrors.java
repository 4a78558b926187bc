package org.clinic.courses.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The messages a re-rendered form shows at each invalid field ({errors.of('volumeMl')}). */
public final class FormErrors {
    public static final FormErrors NONE = new FormErrors(List.of());

    private final Map<String, String> byField = new LinkedHashMap<>();

    public FormErrors(List<FieldError> errors) {
        for (FieldError e : errors) {
            byField.merge(e.field() == null ? "" : e.field(), e.message(), (a, b) -> a + "; " + b);
        }
    }

    public String of(String field) {
        return byField.get(field);
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public boolean any() {
        return !byField.isEmpty();
    }

    /** Messages not tied to a form field (shown above the form). */
    public String general() {
        return byField.get("");
    }

    public int count() {
        return byField.size();
    }

    /** How many fields are marked (a general message, such as a refusal, marks none). */
    public int fieldCount() {
        return byField.size() - (byField.containsKey("") ? 1 : 0);
    }
}
