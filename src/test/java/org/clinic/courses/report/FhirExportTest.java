package org.clinic.courses.report;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.r4.model.*;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

class FhirExportTest {
    private static FhirContext fhir;
    private static FhirValidator validator;
    private static String json;
    private static Bundle bundle;

    @BeforeAll
    static void exportAndParse() {
        fhir = FhirContext.forR4();
        ValidationSupportChain chain = new ValidationSupportChain(
                new DefaultProfileValidationSupport(fhir),
                new InMemoryTerminologyServerValidationSupport(fhir),
                new CommonCodeSystemsTerminologyService(fhir),
                new SnapshotGeneratingValidationSupport(fhir));
        validator = fhir.newValidator();
        validator.registerValidatorModule(new FhirInstanceValidator(chain));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new FhirExport(ReportFixtures.CONTEXT, fhir).write(ReportFixtures.rows().iterator(), out);
        json = out.toString(StandardCharsets.UTF_8);
        bundle = fhir.newJsonParser().parseResource(Bundle.class, json);
    }

    @Test
    void validatesWithoutErrors() {
        ValidationResult result = validator.validateWithResult(json);
        result.getMessages().stream().filter(m -> m.getSeverity() != ResultSeverityEnum.INFORMATION)
                .forEach(m -> System.out.println("FHIR " + m.getSeverity() + " " + m.getLocationString() + ": " + m.getMessage()));
        List<SingleValidationMessage> errors = result.getMessages().stream()
                .filter(m -> m.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal()).toList();
        assertEquals(List.of(), errors.stream().map(m -> m.getLocationString() + ": " + m.getMessage()).toList());
    }

    @Test
    void collectionWithEachRecordOnce() {
        // doses 101, 102, 104 (held) and 105 precede an onset; 103 is voided, 106 came after the last event
        assertEquals(Bundle.BundleType.COLLECTION, bundle.getType());
        Map<String, Long> counts = bundle.getEntry().stream()
                .collect(Collectors.groupingBy(e -> e.getResource().fhirType(), Collectors.counting()));
        assertEquals(Map.ofEntries(Map.entry("Patient", 1L), Map.entry("Condition", 1L), Map.entry("MedicationStatement", 2L),
                Map.entry("MedicationRequest", 1L), Map.entry("MedicationAdministration", 4L), Map.entry("DetectedIssue", 2L),
                Map.entry("AdverseEvent", 3L), Map.entry("Organization", 1L), Map.entry("Practitioner", 2L),
                Map.entry("AllergyIntolerance", 1L), Map.entry("Observation", 2L)), counts);
        bundle.getEntry().forEach(e -> assertTrue(e.getFullUrl().startsWith("urn:uuid:"), e.getFullUrl()));
    }

    @Test
    void adverseEventCarriesSeriousnessSeverityOutcomeAndSuspects() {
        AdverseEvent vomiting = resources(AdverseEvent.class).get(1);
        assertEquals("AT-CLINIC1-7-AE202", vomiting.getIdentifier().getValue());
        assertEquals(AdverseEvent.AdverseEventActuality.ACTUAL, vomiting.getActuality());
        assertEquals("Vomiting", vomiting.getEvent().getText());
        assertEquals("Serious", vomiting.getSeriousness().getCodingFirstRep().getCode());
        assertEquals("severe", vomiting.getSeverity().getCodingFirstRep().getCode());
        assertEquals("resolved", vomiting.getOutcome().getCodingFirstRep().getCode());
        assertEquals(patientUrl(), vomiting.getSubject().getReference());
        assertEquals(3, vomiting.getSuspectEntity().size(), "the suspect therapy and the two doses given before onset");
        var suspect = vomiting.getSuspectEntityFirstRep();
        assertEquals("Probably-Likely", suspect.getCausalityFirstRep().getAssessment().getCodingFirstRep().getCode());
        assertEquals("WHO-UMC causality categories", suspect.getCausalityFirstRep().getMethod().getText());
        assertEquals(fullUrl(Practitioner.class), suspect.getCausalityFirstRep().getAuthor().getReference());
        assertTrue(fullUrls().contains(suspect.getInstance().getReference()));
        assertEquals("HOSPITALISATION", extension(vomiting, "seriousness-criterion"));
        assertEquals("INTERRUPTED", extension(vomiting, "action-taken"));
        assertEquals("YES", extension(vomiting, "dechallenge"));
        assertEquals("YES", extension(vomiting, "rechallenge"));
        assertTrue(fullUrls().contains(vomiting.getRecorder().getReference()), "the recorder is a Practitioner");
    }

    @Test
    void administrationsCarryStatusLotAndRequest() {
        List<MedicationAdministration> doses = resources(MedicationAdministration.class);
        MedicationAdministration first = doses.get(0);
        assertEquals(MedicationAdministration.MedicationAdministrationStatus.COMPLETED, first.getStatus());
        Medication med = (Medication) first.getContained().get(0);
        assertEquals("L123", med.getBatch().getLotNumber());
        assertEquals("Cerebrolysin", med.getCode().getText());
        assertEquals(30, first.getDosage().getDose().getValue().intValue());
        assertEquals(fullUrl(MedicationRequest.class), first.getRequest().getReference());
        assertEquals(MedicationAdministration.MedicationAdministrationStatus.NOTDONE, doses.get(2).getStatus());
    }

    @Test
    void courseIsAnOrderAndFlagsAreDetectedIssues() {
        MedicationRequest course = resources(MedicationRequest.class).get(0);
        assertEquals(MedicationRequest.MedicationRequestIntent.ORDER, course.getIntent());
        assertEquals(MedicationRequest.MedicationRequestStatus.ACTIVE, course.getStatus());
        assertEquals("Cerebrolysin", course.getMedicationCodeableConcept().getText());
        List<DetectedIssue> issues = resources(DetectedIssue.class);
        DetectedIssue contraindication = issues.get(0);
        assertEquals(DetectedIssue.DetectedIssueSeverity.HIGH, contraindication.getSeverity());
        assertEquals("dr.house", contraindication.getMitigationFirstRep().getAuthor().getDisplay());
        assertTrue(contraindication.getMitigationFirstRep().getAction().getText().contains("neurologist agrees"));
        assertEquals(DetectedIssue.DetectedIssueSeverity.MODERATE, issues.get(1).getSeverity());
        assertEquals(fullUrl(MedicationRequest.class), issues.get(1).getImplicatedFirstRep().getReference());
    }

    @Test
    void suspectTherapyDatesAreTheCsvDates() {
        MedicationStatement therapy = resources(MedicationStatement.class).stream()
                .filter(s -> "Cerebrolysin".equals(s.getMedicationCodeableConcept().getText())).findFirst().orElseThrow();
        AdverseEventReportRow row = ReportFixtures.rows().get(0);
        assertEquals(row.drug().therapyStart().toString(), therapy.getEffectivePeriod().getStartElement().getValueAsString());
        assertNull(row.drug().therapyStop());
        assertFalse(therapy.getEffectivePeriod().hasEnd(), "the course is running: no end, as in the CSV");
        assertEquals(MedicationStatement.MedicationStatementStatus.ACTIVE, therapy.getStatus());
    }

    @Test
    void everyResourceHasANarrativeAndTheValidatorSaysNothingAboutIt() {
        bundle.getEntry().forEach(e -> assertTrue(((DomainResource) e.getResource()).getText().hasDiv(),
                e.getResource().fhirType()));
        List<String> narrative = validator.validateWithResult(json).getMessages().stream()
                .filter(m -> m.getSeverity().ordinal() >= ResultSeverityEnum.WARNING.ordinal())
                .filter(m -> m.getMessage().contains("dom-6") || m.getMessage().toLowerCase().contains("narrative"))
                .map(SingleValidationMessage::getMessage).toList();
        assertEquals(List.of(), narrative);
    }

    @Test
    void reporterClinicWeightEgfrAllergiesAndCmCodesAreResources() {
        Practitioner reporter = resources(Practitioner.class).get(0);
        assertEquals("Gregory House", reporter.getNameFirstRep().getText());
        assertEquals("physician", reporter.getQualificationFirstRep().getCode().getText());
        Organization clinic = resources(Organization.class).get(0);
        assertEquals("Clinique Saint-\u00c9tienne", clinic.getName());
        assertEquals("AT", clinic.getAddressFirstRep().getCountry());
        List<Observation> obs = resources(Observation.class);
        assertEquals("29463-7", obs.get(0).getCode().getCodingFirstRep().getCode());
        assertEquals(0, new java.math.BigDecimal("61.5").compareTo(obs.get(0).getValueQuantity().getValue()));
        assertEquals(0, new java.math.BigDecimal("72").compareTo(obs.get(1).getValueQuantity().getValue()));
        assertEquals("Penicillin", resources(AllergyIntolerance.class).get(0).getCode().getText());
        assertEquals(FhirResources.ICD10CM, FhirResources.icd10System("G40.909"));
        assertEquals(FhirResources.ICD10, FhirResources.icd10System("G40.9"));
    }

    @Test
    void transactionBundleHasARequestOnEveryEntryAndValidates() {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        new FhirExport(ReportFixtures.CONTEXT, fhir, true).write(ReportFixtures.rows().iterator(), out);
        String tx = out.toString(StandardCharsets.UTF_8);
        Bundle parsed = fhir.newJsonParser().parseResource(Bundle.class, tx);
        assertEquals(Bundle.BundleType.TRANSACTION, parsed.getType());
        parsed.getEntry().forEach(e -> {
            boolean event = e.getResource() instanceof AdverseEvent; // conditional update: a follow-up replaces it
            assertEquals(event ? Bundle.HTTPVerb.PUT : Bundle.HTTPVerb.POST, e.getRequest().getMethod());
            assertTrue(e.getRequest().getUrl().startsWith(e.getResource().fhirType()), e.getRequest().getUrl());
        });
        List<String> errors = validator.validateWithResult(tx).getMessages().stream()
                .filter(m -> m.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal())
                .map(m -> m.getLocationString() + ": " + m.getMessage()).toList();
        assertEquals(List.of(), errors);
    }

    private static String extension(DomainResource r, String name) {
        return r.getExtensionByUrl(FhirParties.EXT + name).getValue().primitiveValue();
    }

    private static <T extends Resource> List<T> resources(Class<T> type) {
        return bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
                .filter(type::isInstance).map(type::cast).toList();
    }

    private static List<String> fullUrls() {
        return bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getFullUrl).toList();
    }

    private static String fullUrl(Class<? extends Resource> type) {
        return bundle.getEntry().stream().filter(e -> type.isInstance(e.getResource()))
                .map(Bundle.BundleEntryComponent::getFullUrl).findFirst().orElseThrow();
    }

    private static String patientUrl() {
        return fullUrl(Patient.class);
    }
}
