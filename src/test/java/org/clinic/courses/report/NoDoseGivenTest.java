package org.clinic.courses.report;

import ca.uhn.fhir.context.FhirContext;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.clinic.courses.adverse.ActionTaken;
import org.clinic.courses.adverse.AdverseEvent;
import org.clinic.courses.adverse.Outcome;
import org.clinic.courses.report.AdverseEventReportRow.Challenge;
import org.clinic.courses.report.e2b.E2bExport;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A side effect on an active course before any dose was given (the drug withdrawn at once): no
 * therapy dates, duration or cumulative dose are invented, dechallenge does not apply, in every format.
 */
class NoDoseGivenTest {
    private static List<AdverseEventReportRow> rows;

    @BeforeAll
    static void courseWithoutDoses() {
        CourseRecord full = ReportFixtures.course();
        AdverseEvent rash = ReportFixtures.event(full.course(), 401, "2026-11-20", "Rash", 2,
                ActionTaken.WITHDRAWN, Outcome.RECOVERED);
        AdverseEvent later = ReportFixtures.event(full.course(), 402, "2026-11-22", "Rash", 1,
                ActionTaken.WITHDRAWN, Outcome.RECOVERED);
        CourseRecord record = new CourseRecord(full.patient(), full.course(), List.of(), List.of(rash, later),
                List.of(), full.drug(), full.holder());
        rows = ReportFixtures.assembler().rows(record).toList();
    }

    @Test
    void theRowSaysTheDrugWasNotGiven() {
        var d = rows.get(0).drug();
        assertFalse(d.given());
        assertNull(d.therapyStart(), "no first dose");
        assertNull(d.therapyStop(), "no last dose");
        assertNull(d.therapyDays(), "duration unknown");
        assertNull(d.cumulativeDoseMl());
        assertNull(d.daysToOnset());
        assertEquals(Challenge.NOT_APPLICABLE, d.dechallenge());
        assertEquals(Challenge.NOT_APPLICABLE, d.rechallenge());
    }

    @Test
    void csvLeavesTheDatesEmptyAndSaysNotGiven() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CsvExport().write(rows.iterator(), out);
        String text = out.toString(StandardCharsets.UTF_8).substring(1);
        try (CSVParser parser = CSVParser.parse(new StringReader(text),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            CSVRecord r = parser.getRecords().get(0);
            assertEquals("false", r.get("drugGiven"));
            assertEquals("", r.get("therapyStart"));
            assertEquals("", r.get("therapyStop"));
            assertEquals("", r.get("therapyDays"));
            assertEquals("", r.get("cumulativeDoseMl"));
            assertEquals("NOT_APPLICABLE", r.get("dechallenge"));
        }
    }

    @Test
    void ciomsFormAndNarrativeSayNotGiven() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfExport(ReportFixtures.CONTEXT).write(rows.iterator(), out);
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            String all = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertTrue(all.contains("not given"), all);
            assertTrue(all.contains("unknown (no dose given)"), all);
            assertFalse(all.contains("first to last dose"), all);
            assertFalse(all.contains("last dose 2026"), all);
            assertFalse(all.contains("10 DEC 2026"), "the planned end is no therapy date: " + all);
            assertFalse(all.contains("cumulative to onset 0"), all);
            assertTrue(all.contains("dechallenge: not applicable"), all);
        }
    }

    @Test
    void e2bHasNoDosagePeriodAndSaysNotGiven() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new E2bExport(ReportFixtures.CONTEXT).write(List.of(rows).iterator(), out);
        String xml = out.toString(StandardCharsets.UTF_8);
        assertFalse(xml.contains("20261210"), "no planned end as a dosage date");
        assertFalse(xml.contains("cumulativeDoseToReaction"), xml);
        assertTrue(xml.contains("no dose given"), xml);
    }

    @Test
    void fhirStatementIsNotTakenWithoutAPeriod() {
        FhirContext fhir = FhirContext.forR4();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new FhirExport(ReportFixtures.CONTEXT, fhir).write(rows.iterator(), out);
        Bundle bundle = fhir.newJsonParser().parseResource(Bundle.class, out.toString(StandardCharsets.UTF_8));
        MedicationStatement suspect = bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
                .filter(MedicationStatement.class::isInstance).map(MedicationStatement.class::cast)
                .filter(s -> s.getBasedOn().size() > 0).findFirst().orElseThrow();
        assertEquals(MedicationStatement.MedicationStatementStatus.NOTTAKEN, suspect.getStatus());
        assertFalse(suspect.hasEffective(), "no therapy period");
    }
}
