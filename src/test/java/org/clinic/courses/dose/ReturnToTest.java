package org.clinic.courses.dose;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A returnTo the redirect cannot carry falls back to the course page instead of failing after the
 * dose or side effect was saved (the answer then said "Nothing was saved": a lie).
 */
class ReturnToTest {
    @ParameterizedTest
    @ValueSource(strings = {"/worklist|x", "/worklist{a}", "/courses/1^2", "/courses/%zz", "/w`", "/ü", "/a\"b",
            "/a<b>", "//evil.example", "http://evil.example/"})
    void anAddressIllegalInAUriFallsBack(String returnTo) {
        String path = FormInput.localPath(returnTo, "/courses/7");
        assertEquals("/courses/7", path);
        assertDoesNotThrow(() -> java.net.URI.create(path));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/worklist", "/worklist?ward=A%20B", "/courses/7#day-3"})
    void aLocalAddressIsKept(String returnTo) {
        assertEquals(returnTo, FormInput.localPath(returnTo, "/courses/7"));
    }
}
