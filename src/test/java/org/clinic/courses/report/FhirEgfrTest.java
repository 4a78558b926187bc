package org.clinic.courses.report;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Observation;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The eGFR Observation: LOINC coded, dated by its measurement, or saying the date is unknown. */
class FhirEgfrTest {
    private static final FhirContext FHIR = FhirContext.forR4();

    private static String export(List<AdverseEventReportRow> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new FhirExport(ReportFixtures.CONTEXT, FHIR).write(rows.iterator(), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static Observation egfr(String json) {
        Bundle bundle = FHIR.newJsonParser().parseResource(Bundle.class, json);
        return bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
                .filter(r -> r instanceof Observation).map(r -> (Observation) r)
                .filter(o -> o.getCode().getText().contains("eGFR")).findFirst().orElseThrow();
    }

    @Test
    void measuredEgfrCarriesItsDateAndLoincCode() {
        CourseRecord record = ReportFixtures.course();
        record.patient().egfrMeasuredOn = LocalDate.of(2026, 11, 18);
        String json = export(ReportFixtures.assembler().rows(record).toList());
        Observation o = egfr(json);
        assertEquals("http://loinc.org", o.getCode().getCodingFirstRep().getSystem());
        assertEquals("62238-1", o.getCode().getCodingFirstRep().getCode());
        assertEquals("2026-11-18", o.getEffectiveDateTimeType().getValueAsString());
        assertEquals("mL/min/{1.73_m2}", o.getValueQuantity().getCode());

        ValidationSupportChain chain = new ValidationSupportChain(new DefaultProfileValidationSupport(FHIR),
                new InMemoryTerminologyServerValidationSupport(FHIR), new CommonCodeSystemsTerminologyService(FHIR),
                new SnapshotGeneratingValidationSupport(FHIR));
        var validator = FHIR.newValidator();
        validator.registerValidatorModule(new FhirInstanceValidator(chain));
        List<String> effective = validator.validateWithResult(json).getMessages().stream()
                .filter(m -> m.getSeverity().ordinal() >= ResultSeverityEnum.WARNING.ordinal())
                .filter(m -> m.getMessage().contains("effective")).map(m -> m.getLocationString() + ": " + m.getMessage()).toList();
        assertEquals(List.of(), effective);
    }

    @Test
    void unknownMeasurementDateIsSaidWithDataAbsentReason() {
        Observation o = egfr(export(ReportFixtures.rows()));
        assertTrue(o.hasEffectiveDateTimeType());
        var date = o.getEffectiveDateTimeType();
        assertFalse(date.hasValue());
        assertEquals("unknown", date.getExtensionByUrl("http://hl7.org/fhir/StructureDefinition/data-absent-reason")
                .getValue().primitiveValue());
    }
}
