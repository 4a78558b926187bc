package org.clinic.courses.patient;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.*;

/** Search by MRN (exact, prefix) and by name (prefix, substring), ignoring case and accents. */
@QuarkusTest
class PatientSearchTest {
    @Inject
    PatientSearch search;

    @Test
    void findsByMrnExactlyAndByItsStart() {
        String tag = tag();
        Patient p = patient("MRN" + tag + "X7", "Ada", "Lovelace");
        assertEquals(List.of(p.id), ids("mrn" + tag + "x7"));
        assertEquals(List.of(p.id), ids("MRN" + tag));
        assertEquals(List.of(), ids(tag + "X7"), "an MRN is matched from its start, not in the middle");
    }

    @Test
    void findsByNameStartAndSubstringWhateverTheAccentsAndCase() {
        String tag = tag();
        Patient mueller = patient("M" + tag, "Zoë", "Müller" + tag);
        Patient plain = patient("N" + tag, "Zoe", "Muller" + tag);
        List<Long> both = List.of(mueller.id, plain.id);
        for (String q : List.of("muller" + tag, "MÜLLER" + tag, "ÜLLER" + tag, "oe muller" + tag, "ZOË MÜLLER" + tag, tag)) {
            assertTrue(ids(q).containsAll(both), q + " finds both spellings: " + ids(q));
        }
        assertEquals(both.stream().sorted().toList(), ids("ller" + tag).stream().sorted().toList());
    }

    @Test
    void countsAtMostAThousandAndSaysThatMoreMatch() {
        String tag = tag();
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < PatientSearch.COUNT_LIMIT + 5; i++) {
                newPatient("C" + tag + i, "Many" + tag, String.format("Crowd%04d", i)).persist();
            }
        });
        PatientSearch.SearchResult first = QuarkusTransaction.requiringNew().call(() -> search.search("many" + tag, 0));
        assertTrue(first.more());
        assertEquals(PatientSearch.COUNT_LIMIT, first.total());
        assertEquals(PatientSearch.COUNT_LIMIT / PatientSearch.PAGE_SIZE, first.pageCount());
        assertEquals("Crowd0000", first.patients().get(0).familyName);
        PatientSearch.SearchResult few = QuarkusTransaction.requiringNew().call(() -> search.search("crowd000" , 0));
        assertFalse(few.more());
    }

    @Test
    void findsWhoLiesInABedNowBesideNameAndMrnMatches() {
        String tag = tag();
        Patient inBed = patient("M" + tag, "Bea", "Bedridden" + tag);
        String bed = "B" + tag.substring(0, 8);
        Patient named = patient("Z" + tag, "Zed", "Q" + bed.toLowerCase() + "x");
        QuarkusTransaction.requiringNew().run(() -> {
            org.clinic.courses.ward.BedAssignment b = new org.clinic.courses.ward.BedAssignment();
            b.patientId = inBed.id;
            b.ward = org.clinic.courses.ward.Ward.<org.clinic.courses.ward.Ward>listAll().get(0);
            b.bed = bed;
            b.assignedAt = Instant.now();
            b.assignedBy = "test";
            b.persist();
        });
        List<Long> found = ids(bed);
        assertTrue(found.contains(inBed.id), "the patient in bed " + bed + ": " + found);
        assertTrue(found.contains(named.id), "and the one whose name holds it: " + found);
        QuarkusTransaction.requiringNew().run(() -> org.clinic.courses.ward.BedAssignment
                .update("endedAt = ?1 where patientId = ?2", Instant.now(), inBed.id));
        assertFalse(ids(bed).contains(inBed.id), "not once the bed is given up");
    }

    private List<Long> ids(String q) {
        return QuarkusTransaction.requiringNew().call(() -> search.search(q, 0).patients().stream().map(p -> p.id).toList());
    }

    private static String tag() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private static Patient patient(String mrn, String given, String family) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Patient p = newPatient(mrn, given, family);
            p.persist();
            return p;
        });
    }

    private static Patient newPatient(String mrn, String given, String family) {
        Patient p = new Patient();
        p.mrn = mrn;
        p.givenName = given;
        p.familyName = family;
        p.birthDate = LocalDate.of(1950, 1, 1);
        p.sex = Sex.FEMALE;
        p.createdAt = Instant.now();
        return p;
    }
}
