package org.clinic.courses.report;

import ca.uhn.fhir.context.FhirContext;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.clinic.courses.report.e2b.E2bExport;
import org.hl7.fhir.r4.model.AdverseEvent;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * One case with Polish, Cyrillic and Greek names in every format, each parsed back; and the same
 * therapy facts (end = last dose given) in CSV, FHIR, E2B and the CIOMS form for a stopped course.
 */
class UnicodeCaseTest {
    private static final String TERM = "Zawroty głowy / Головокружение / Ζάλη";

    private static List<AdverseEventReportRow> rows() {
        CourseRecord record = ReportFixtures.course();
        record.patient().givenName = "Łucja";
        record.patient().familyName = "Żółć";
        record.adverseEvents().get(0).term = TERM;
        record.patient().medications.get(0).name = "Литий карбонат";
        record.patient().conditions.get(0).name = "Επιληψία";
        record.course().stoppedAt = Instant.parse("2026-11-26T18:00:00Z");
        return ReportFixtures.assembler().rows(record).toList();
    }

    @Test
    void csv() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CsvExport(ReportFixtures.CONTEXT).write(rows().iterator(), out);
        String text = out.toString(StandardCharsets.UTF_8).substring(1);
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text)).getRecords();
        assertEquals("Ł.Ż.", records.get(0).get("initials"));
        assertEquals(TERM, records.get(0).get("reaction"));
        assertEquals("Литий карбонат", records.get(0).get("concomitantMedications"));
        assertEquals("Επιληψία (G40.9)", records.get(0).get("relevantConditions"));
        assertEquals("2026-11-25", records.get(0).get("therapyStop"), "the last dose, not the Stop click");
    }

    @Test
    void fhir() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FhirContext fhir = FhirContext.forR4Cached();
        new FhirExport(ReportFixtures.CONTEXT, fhir).write(rows().iterator(), out);
        Bundle bundle = fhir.newJsonParser().parseResource(Bundle.class, out.toString(StandardCharsets.UTF_8));
        Patient patient = (Patient) bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
                .filter(Patient.class::isInstance).findFirst().orElseThrow();
        assertEquals("Ł.Ż.", patient.getNameFirstRep().getText());
        AdverseEvent first = (AdverseEvent) bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
                .filter(AdverseEvent.class::isInstance).findFirst().orElseThrow();
        assertEquals(TERM, first.getEvent().getText());
        String end = bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
                .filter(r -> r instanceof org.hl7.fhir.r4.model.MedicationStatement s && s.hasEffectivePeriod())
                .map(r -> ((org.hl7.fhir.r4.model.MedicationStatement) r).getEffectivePeriod().getEndElement().getValueAsString())
                .findFirst().orElseThrow();
        assertEquals("2026-11-25", end);
    }

    @Test
    void e2b() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new E2bExport(ReportFixtures.CONTEXT).write(List.of(rows()).iterator(), out);
        var f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        var doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(out.toByteArray()));
        String xml = out.toString(StandardCharsets.UTF_8);
        assertEquals("Ł.Ż.", doc.getElementsByTagNameNS("urn:hl7-org:v3", "player1").item(0).getFirstChild().getTextContent());
        assertTrue(xml.contains("<originalText>" + TERM + "</originalText>"));
        assertTrue(xml.contains("Литий карбонат"));
        assertTrue(xml.contains("<high value=\"20261125\""), "therapy end = last dose");
    }

    @Test
    void pdf() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfExport(ReportFixtures.CONTEXT).write(rows().iterator(), out);
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            for (String expected : List.of("Ł.Ż.", TERM, "Литий карбонат", "Επιληψία", "20 NOV 2026 – 25 NOV 2026", "6 days")) {
                assertTrue(text.contains(expected), () -> expected + " missing:\n" + text);
            }
        }
    }
}
