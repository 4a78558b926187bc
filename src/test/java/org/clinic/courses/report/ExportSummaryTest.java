package org.clinic.courses.report;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The voided-records statement in the FHIR bundle (still valid) and on the PDF cover. */
class ExportSummaryTest {
    private static final ReportCounts COUNTS = new ReportCounts(3, 1);

    @Test
    void fhirBundleWithItsOperationOutcomeValidatesWithoutErrors() {
        FhirContext fhir = FhirContext.forR4();
        FhirValidator validator = fhir.newValidator();
        validator.registerValidatorModule(new FhirInstanceValidator(new ValidationSupportChain(
                new DefaultProfileValidationSupport(fhir), new InMemoryTerminologyServerValidationSupport(fhir),
                new CommonCodeSystemsTerminologyService(fhir), new SnapshotGeneratingValidationSupport(fhir))));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new FhirExport(ReportFixtures.CONTEXT, fhir).write(ReportFixtures.rows().iterator(), COUNTS, out);
        String json = out.toString(StandardCharsets.UTF_8);

        List<String> errors = validator.validateWithResult(json).getMessages().stream()
                .filter(m -> m.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal())
                .map(m -> m.getLocationString() + ": " + m.getMessage()).toList();
        assertEquals(List.of(), errors);

        Bundle bundle = fhir.newJsonParser().parseResource(Bundle.class, json);
        OperationOutcome summary = (OperationOutcome) bundle.getEntryFirstRep().getResource();
        assertEquals(OperationOutcome.IssueSeverity.INFORMATION, summary.getIssueFirstRep().getSeverity());
        assertEquals("3 adverse events reported; 1 voided record matching the same filters left out.",
                summary.getIssueFirstRep().getDiagnostics());
        assertEquals(1, bundle.getEntry().stream().filter(e -> e.getResource() instanceof OperationOutcome).count());
    }

    @Test
    void pdfCoverStatesFiltersAndCounts() throws Exception {
        ReportFilter filter = new ReportFilter(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), null, null, false);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfExport(ReportFixtures.CONTEXT).write(PdfExport.byCase(ReportFixtures.rows().iterator()), filter, COUNTS, out);
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            assertEquals(3, pdf.getNumberOfPages(), "cover, the case's form, its continuation page");
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setEndPage(1);
            String cover = stripper.getText(pdf);
            assertTrue(cover.contains("from=2026-11-01 to=2026-11-30"), cover);
            assertTrue(cover.contains("1 voided record matching the same filters left out."), cover);
            assertFalse(cover.contains("I. REACTION INFORMATION"), "case reports start on page 2");
        }
    }

    @Test
    void noRowsStillGivesACoverSayingSo() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfExport(ReportFixtures.CONTEXT).write(List.<List<AdverseEventReportRow>>of().iterator(), null,
                new ReportCounts(0, 2), out);
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            assertEquals(1, pdf.getNumberOfPages());
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("No adverse events match the selected filters."), text);
            assertTrue(text.contains("2 voided records"), text);
        }
    }
}
