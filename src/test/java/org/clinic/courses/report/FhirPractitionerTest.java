package org.clinic.courses.report;

import ca.uhn.fhir.context.FhirContext;
import org.clinic.courses.security.Qualification;
import org.hl7.fhir.r4.model.*;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** One Practitioner per user with the profile's name, referenced everywhere; matchable identifiers. */
class FhirPractitionerTest {
    private static final FhirContext FHIR = FhirContext.forR4Cached();
    private static final Map<String, ReportContext.PrimarySource> PROFILES = Map.of(
            "nurse.joy", new ReportContext.PrimarySource("nurse.joy", "Joy Kowalska", Qualification.NURSE, null),
            "dr.house", new ReportContext.PrimarySource("dr.house", "Gregory House", Qualification.PHYSICIAN, null));

    private static Bundle export(boolean transaction) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new FhirExport(ReportFixtures.CONTEXT, FHIR, transaction, PROFILES).write(ReportFixtures.rows().iterator(), out);
        return FHIR.newJsonParser().parseResource(Bundle.class, out.toString(StandardCharsets.UTF_8));
    }

    private static <T extends Resource> List<Bundle.BundleEntryComponent> entries(Bundle b, Class<T> type) {
        return b.getEntry().stream().filter(e -> type.isInstance(e.getResource())).toList();
    }

    private static String urlOf(Bundle b, String username) {
        return entries(b, Practitioner.class).stream()
                .filter(e -> ((Practitioner) e.getResource()).getIdentifierFirstRep().getValue().equals(username))
                .map(Bundle.BundleEntryComponent::getFullUrl).findFirst().orElseThrow();
    }

    @Test
    void onePractitionerPerUserWithProfileNameReferencedEverywhere() {
        Bundle b = export(false);
        List<Practitioner> people = entries(b, Practitioner.class).stream().map(e -> (Practitioner) e.getResource()).toList();
        assertEquals(List.of("Gregory House", "Joy Kowalska"), people.stream().map(p -> p.getNameFirstRep().getText()).toList());
        assertEquals("physician", people.get(0).getQualificationFirstRep().getCode().getText());
        assertFalse(people.get(1).getQualification().isEmpty(), "the nurse's qualification too");
        String house = urlOf(b, "dr.house");
        String joy = urlOf(b, "nurse.joy");
        MedicationRequest course = (MedicationRequest) entries(b, MedicationRequest.class).get(0).getResource();
        assertEquals(house, course.getRequester().getReference());
        AdverseEvent event = (AdverseEvent) entries(b, AdverseEvent.class).get(0).getResource();
        assertEquals(joy, event.getRecorder().getReference());
        assertEquals(house, event.getContributorFirstRep().getReference());
        MedicationAdministration dose = (MedicationAdministration) entries(b, MedicationAdministration.class).get(0).getResource();
        assertEquals(joy, dose.getPerformerFirstRep().getActor().getReference());
        assertEquals(FhirParties.EXT + "adverse-event", event.getIdentifier().getSystem());
        assertEquals("AT-CLINIC1-7-AE201", event.getIdentifier().getValue());
    }

    @Test
    void transactionMatchesPartiesByIdentifierSoAFollowUpDoesNotDuplicateThem() {
        Bundle b = export(true);
        for (Class<? extends Resource> type : List.of(Patient.class, Practitioner.class, Organization.class)) {
            for (Bundle.BundleEntryComponent e : entries(b, type)) {
                assertEquals(Bundle.HTTPVerb.POST, e.getRequest().getMethod());
                assertTrue(e.getRequest().getIfNoneExist().startsWith("identifier="), type.getSimpleName() + " " + e.getRequest().getIfNoneExist());
            }
        }
        assertEquals("identifier=" + java.net.URLEncoder.encode(FhirParties.EXT + "username/AT-CLINIC1", StandardCharsets.UTF_8)
                + "%7Cdr.house", entries(b, Practitioner.class).get(0).getRequest().getIfNoneExist());
        Bundle.BundleEntryComponent event = entries(b, AdverseEvent.class).get(0);
        assertEquals(Bundle.HTTPVerb.PUT, event.getRequest().getMethod());
        assertTrue(event.getRequest().getUrl().startsWith("AdverseEvent?identifier="), event.getRequest().getUrl());
        assertTrue(event.getRequest().getUrl().endsWith("%7CAT-CLINIC1-7-AE201"), event.getRequest().getUrl());
    }
}
