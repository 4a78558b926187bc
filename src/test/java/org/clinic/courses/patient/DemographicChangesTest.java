package org.clinic.courses.patient;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DemographicChangesTest {
    private static PatientInput input(String given, String sex, String weight) {
        return new PatientInput("M-1", given, "Hopper", "1946-12-09", sex, weight, "", "", "");
    }

    @Test
    void nothingChangedIsNoChange() {
        assertEquals(List.of(), DemographicChanges.between(input("Grace", "FEMALE", "58.5"), input("Grace", "FEMALE", "58.50")));
    }

    @Test
    void eachChangedFieldWithOldAndNewValueInFormOrder() {
        assertEquals(List.of(new DemographicChanges.Change("givenName", "Grace", "Grace B."),
                        new DemographicChanges.Change("sex", "FEMALE", "OTHER"),
                        new DemographicChanges.Change("weightKg", "", "60")),
                DemographicChanges.between(input("Grace", "FEMALE", null), input("Grace B.", "OTHER", "60")));
    }
}
