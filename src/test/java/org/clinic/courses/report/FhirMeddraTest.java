package org.clinic.courses.report;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.ValidationResult;
import org.clinic.courses.report.cases.VersionKind;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** A MedDRA-coded reaction of a nullified case still validates with HAPI's instance validator at zero errors. */
class FhirMeddraTest {
    @Test
    void codedAndNullifiedBundleValidates() {
        FhirContext fhir = FhirContext.forR4();
        FhirValidator validator = fhir.newValidator();
        validator.registerValidatorModule(new FhirInstanceValidator(new ValidationSupportChain(
                new DefaultProfileValidationSupport(fhir), new InMemoryTerminologyServerValidationSupport(fhir),
                new CommonCodeSystemsTerminologyService(fhir), new SnapshotGeneratingValidationSupport(fhir))));
        List<AdverseEventReportRow> rows = ReportFixtures.rows().stream()
                .map(r -> r.withReaction(r.reaction().coded("80.1", "90000001", "Glimmer rash", "90000101", "Glimmer rash"))
                        .withCase(new AdverseEventReportRow.CaseRef("AT-CLINIC1-7", 3, VersionKind.NULLIFICATION, "Duplicate")))
                .toList();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new FhirExport(ReportFixtures.CONTEXT, fhir).write(rows.iterator(), out);
        String json = out.toString(StandardCharsets.UTF_8);
        assertTrue(json.contains("\"system\":\"http://terminology.hl7.org/CodeSystem/mdr\""), json);
        ValidationResult result = validator.validateWithResult(json);
        assertEquals(List.of(), result.getMessages().stream()
                .filter(m -> m.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal())
                .map(m -> m.getLocationString() + ": " + m.getMessage()).toList());
    }
}
