package org.clinic.courses.signal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/** A recorded term against the drug's listed side effects: spelling noise does not count, words do. */
class ListedTermTest {
    static final Set<String> LISTED = ListedTerm.keys(List.of("Injection-site reaction", "Headache", "Hot flush",
            "Agitation", "Crème reaction"));

    @ParameterizedTest
    @ValueSource(strings = {"Injection site reaction", "injection-site reaction", "INJECTION-SITE REACTION",
            "Injection\u2010site reaction", "Injection\u2011site reaction", "Injection\u2013site reaction",
            "Injection\u2014site reaction", "Injection\u2212site reaction", "Injection - site reaction",
            "Injection  site\treaction", " Injection site reaction ", "Injection\u00A0site reaction",
            "Injec\u00ADtion site reaction", "Injection/site reaction",
            "headache", "Headache ", "Hot-flush", "Agitátion", "Creme reaction", "Cre\u0300me reaction"})
    void listed(String recorded) {
        assertTrue(ListedTerm.isListed(recorded, LISTED), recorded);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Injection site", "Injection site reactions", "Site reaction", "Injectionsite reaction",
            "Headaches", "Head ache", "Hot", "Seizure", "", " ", "-", "\u2014"})
    void notListed(String recorded) {
        assertFalse(ListedTerm.isListed(recorded, LISTED), recorded);
    }

    @Test
    void nothingIsListedForADrugWithoutAList() {
        assertFalse(ListedTerm.isListed("Headache", ListedTerm.keys(null)));
        assertFalse(ListedTerm.isListed(null, LISTED));
        assertFalse(ListedTerm.isListed("", ListedTerm.keys(Arrays.asList("", " - "))), "a blank entry lists nothing");
    }

    @ParameterizedTest
    @CsvSource({"'Injection‑Site  Réaction', injection site reaction", "'Übelkeit', ubelkeit", "'Головная боль', головная боль"})
    void theKeyFoldsOnlyNoise(String term, String key) {
        assertEquals(key, ListedTerm.key(term));
    }
}
