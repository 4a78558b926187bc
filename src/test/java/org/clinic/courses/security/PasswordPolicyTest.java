package org.clinic.courses.security;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordPolicyTest {
    @ParameterizedTest
    @ValueSource(strings = {"password1234", "            ", "qwertyuiop12", "aaaaaaaaaaaaaaaa", "123456789012",
            "iloveyou2026", "Password1234!", "nurse-nurse-nurse", "abcabcabcabcabc", "admin-admin-12",
            "short-1"})
    void commonOrWeakPasswordsAreRefused(String password) {
        assertTrue(PasswordPolicy.problem(password, "nurse").isPresent(), password + " accepted");
    }

    @ParameterizedTest
    @ValueSource(strings = {"correct-horse-battery", "violet-lantern-harbour-92", "first-admin-password-42",
            "Tulpe Wanderung Fenster 7", "gläserne-Brücke-Nordwind", "long-enough-password"})
    void unguessablePassphrasesAreAccepted(String password) {
        assertFalse(PasswordPolicy.problem(password, "nurse").isPresent(),
                password + ": " + PasswordPolicy.problem(password, "nurse").orElse(""));
    }

    @org.junit.jupiter.api.Test
    void beyond72BytesIsRefusedEvenWhenLong() {
        assertTrue(PasswordPolicy.problem("ü".repeat(40) + "-violet-lantern", "nurse").isPresent());
        assertFalse(PasswordPolicy.problem("violet-lantern-harbour-92-".repeat(2) + "x", "nurse").isPresent());
    }

    @org.junit.jupiter.api.Test
    void theUsernameItselfDoesNotCount() {
        assertTrue(PasswordPolicy.problem("margaret.hale1", "margaret.hale").isPresent());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Course Tracker demo clinic", "coursetracker123", "neurology-ward-3", "NEURO3-neuro3-2026",
            "St. Anna Klinikum 2026!", "Neurology ward 3 nurse", "rekcarTesruoC#2026", "3drawygolorueN!!"})
    void passwordsMadeOfTheProductTheClinicOrAWardAreRefused(String password) {
        List<String> clinic = List.of("Course Tracker demo clinic", "St. Anna Klinikum", "NEURO3", "Neurology ward 3");
        assertTrue(PasswordPolicy.problem(password, "ctxnurse03", clinic).isPresent(), password + " accepted");
    }

    @ParameterizedTest
    @ValueSource(strings = {"violet-lantern-harbour-92", "neurology-violet-lantern-harbour", "first-admin-password-42"})
    void ownWordsNextToTheClinicsAreAccepted(String password) {
        List<String> clinic = List.of("Course Tracker demo clinic", "St. Anna Klinikum", "NEURO3", "Neurology ward 3");
        assertFalse(PasswordPolicy.problem(password, "ctxnurse03", clinic).isPresent(),
                password + ": " + PasswordPolicy.problem(password, "ctxnurse03", clinic).orElse(""));
    }
}
