package org.clinic.courses.web;

import java.util.List;

/** The API's error shape: {"errors":[{"field":"volumeMl","message":"..."}]}. */
public record ErrorBody(List<FieldError> errors) {
    public static ErrorBody of(String field, String message) {
        return new ErrorBody(List.of(new FieldError(field, message)));
    }
}
