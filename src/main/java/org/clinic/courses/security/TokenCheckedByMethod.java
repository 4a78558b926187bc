package org.clinic.courses.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a page method that takes a multipart form (a file upload): the method checks the CSRF token
 * itself, first thing, with {@link CsrfTokens#requireSessionToken} (see {@code CsrfFilter#checkMultipart}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface TokenCheckedByMethod {
}
