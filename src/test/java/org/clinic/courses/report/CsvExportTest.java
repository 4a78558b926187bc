package org.clinic.courses.report;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class CsvExportTest {

    private static byte[] export() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CsvExport().write(ReportFixtures.rows().iterator(), out);
        return out.toByteArray();
    }

    private static List<CSVRecord> parse(byte[] bytes) throws IOException {
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertEquals(CsvExport.BOM, text.charAt(0), "starts with a UTF-8 byte-order mark for Excel");
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text.substring(1)), format)) {
            assertEquals(CsvExport.headers(), parser.getHeaderNames());
            return parser.getRecords();
        }
    }

    @Test
    void oneRecordPerEventWithItsValues() throws IOException {
        List<CSVRecord> records = parse(export());
        assertEquals(3, records.size());
        CSVRecord vomiting = records.get(1);
        assertEquals("AT-CLINIC1-7-AE202", vomiting.get("reportId"));
        assertEquals("AT-CLINIC1-7", vomiting.get("caseId"));
        assertEquals("1", vomiting.get("caseVersion"));
        assertEquals("1950-03-02", vomiting.get("birthDate"));
        assertEquals("60", vomiting.get("cumulativeDoseMl"));
        assertEquals("2", vomiting.get("daysToOnset"));
        assertEquals("A.L.", vomiting.get("initials"));
        assertEquals("76", vomiting.get("ageAtOnset"));
        assertEquals("FEMALE", vomiting.get("sex"));
        assertEquals("61.5", vomiting.get("weightKg"));
        assertEquals("Vomiting", vomiting.get("reaction"));
        assertEquals("3", vomiting.get("ctcaeGrade"));
        assertEquals("2026-11-22", vomiting.get("onsetDate"));
        assertEquals("true", vomiting.get("serious"));
        assertEquals("HOSPITALISATION", vomiting.get("seriousCriteria"));
        assertEquals("INTERRUPTED", vomiting.get("actionTaken"));
        assertEquals("RECOVERED", vomiting.get("outcome"));
        assertEquals("PROBABLE", vomiting.get("causality"));
        assertEquals("Cerebrolysin", vomiting.get("suspectDrug"));
        assertEquals("L123; L124", vomiting.get("lotNumbers"));
        assertEquals("30", vomiting.get("dailyDoseMl"));
        assertEquals("6456", vomiting.get("dailyDoseMg"));
        assertEquals("2026-11-20", vomiting.get("therapyStart"));
        assertEquals("", vomiting.get("therapyStop"));
        assertEquals("YES", vomiting.get("dechallenge"));
        assertEquals("YES", vomiting.get("rechallenge"));
        assertEquals("Lithium carbonate 300 mg", vomiting.get("concomitantMedications"));
        assertEquals("Epilepsy (G40.9)", vomiting.get("relevantConditions"));
        assertEquals("Penicillin", vomiting.get("allergies"));
        assertEquals("nurse.joy", vomiting.get("recordedBy"));
        assertEquals("NURSE", vomiting.get("recordedByRole"));
    }

    @Test
    void formulaCellComesOutInert() throws IOException {
        CSVRecord headache = parse(export()).get(0);
        assertEquals("'" + ReportFixtures.FORMULA, headache.get("description"));
    }

    @Test
    void unicodeQuotesAndCommasSurvive() throws IOException {
        assertEquals(ReportFixtures.UNICODE_NOTE, parse(export()).get(1).get("description"));
    }

    @Test
    void linesEndWithCrLf() {
        String text = new String(export(), StandardCharsets.UTF_8);
        assertTrue(text.startsWith(CsvExport.BOM + "caseId,caseVersion,versionKind,country,reportId,adverseEventId,"));
        assertEquals(4, text.split("\r\n", -1).length - 1, "header and three rows, each ending CRLF");
    }

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"})
    void neutralisesFormulaStarts(String cell) {
        assertEquals("'" + cell, CsvExport.neutralise(cell));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Headache", "1-2 days", "a=b"})
    void leavesOrdinaryTextAlone(String cell) {
        assertEquals(cell, CsvExport.neutralise(cell));
    }
}
