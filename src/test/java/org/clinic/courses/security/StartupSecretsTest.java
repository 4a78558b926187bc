package org.clinic.courses.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.*;

/** The app refuses to start on a weak first-admin password or a guessable session key. */
class StartupSecretsTest {
    @ParameterizedTest
    @ValueSource(strings = {"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "abababababababababababababababababab",
            "0123456789012345678901234567890123456789", "passwordpasswordpasswordpassword",
            // Dictionary words and sequences: varied characters, but zxcvbn's estimate is under 100 bits.
            "MySuperSecretSessionKeyForTheTracker2026", "CorrectHorseBatteryStapleForTheClinicTracker",
            "production-like-session-key-0123456789abcdef"})
    void aLowEntropySessionKeyIsRefused(String key) {
        StartupAccounts startup = new StartupAccounts();
        startup.sessionKey = Optional.of(key);
        assertThrows(IllegalStateException.class, startup::checkSessionKey, key);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Jx4pW9qLm2ZsR7vT0bN5cY8hK3dF6gA1eU", "q3Vh0J9yV1m8C2x7R4bT6nW5zK0pL1sD9fG8hJ7kA2s=",
            "9f86d081884c7d659a2feaa0c55ad015"})
    void aRandomSessionKeyIsAccepted(String key) {
        StartupAccounts startup = new StartupAccounts();
        startup.sessionKey = Optional.of(key);
        assertDoesNotThrow(startup::checkSessionKey);
    }

    @Test
    void aWeakAdminPasswordIsRefused() {
        assertThrows(IllegalStateException.class, () -> StartupAccounts.refuseWeakAdminPassword("password1234", "St. Anna clinic"));
        assertThrows(IllegalStateException.class, () -> StartupAccounts.refuseWeakAdminPassword("admin-admin-12", "St. Anna clinic"));
        assertDoesNotThrow(() -> StartupAccounts.refuseWeakAdminPassword("first-admin-password-42", "St. Anna clinic"));
        assertThrows(IllegalStateException.class,
                () -> StartupAccounts.refuseWeakAdminPassword("St. Anna clinic 2026", "St. Anna clinic"));
    }

    @Test
    void bcryptsIgnoredBytesNeverLetALongerGuessIn() {
        String seventyTwo = "violet-lantern-harbour-92-".repeat(3).substring(0, 72);
        String hash = Passwords.hash(seventyTwo);
        assertTrue(Passwords.matches(seventyTwo.toCharArray(), hash));
        assertFalse(Passwords.matches((seventyTwo + "anything").toCharArray(), hash), "bytes after 72 ignored");
        assertThrows(IllegalArgumentException.class, () -> Passwords.hash(seventyTwo + "x"));
    }
}
