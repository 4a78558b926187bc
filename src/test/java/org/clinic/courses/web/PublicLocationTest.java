package org.clinic.courses.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PublicLocationTest {
    @ParameterizedTest
    @CsvSource(value = {
            "http://evil.example/login|''|/login",
            "http://evil.example/login?error=true|''|/login?error=true",
            "http://evil.example:8080/|https://tracker.example.org/|https://tracker.example.org/",
            "/worklist|https://tracker.example.org|/worklist",
            "//evil.example/x|''|/x",
            "http://evil.example|https://t.example|https://t.example/"}, delimiter = '|')
    void absoluteRedirectsUseThePublicUrlNotTheHostHeader(String location, String publicUrl, String expected) {
        assertEquals(expected, PublicLocation.of(location, publicUrl));
    }
}
