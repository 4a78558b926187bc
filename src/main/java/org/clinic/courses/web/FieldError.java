package org.clinic.courses.web;

/** One invalid field and what is wrong with it, as forms and the API report it. */
public record FieldError(String field, String message) {
}
