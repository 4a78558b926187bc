package org.clinic.courses.report;

import ca.uhn.fhir.context.FhirContext;
import org.clinic.courses.report.e2b.E2bExport;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.Test;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A record stored before text fields refused half a surrogate pair or a noncharacter (pen test,
 * issue 10) still exports: the E2B file is well-formed XML and the FHIR bundle parses, the bad
 * characters written as U+FFFD.
 */
class StoredBadCharactersTest {
    private static final FhirContext FHIR = FhirContext.forR4();

    private static CourseRecord stored() {
        CourseRecord record = ReportFixtures.course();
        record.patient().givenName = "\ud800Ada";
        record.course().indication = "Acute ischaemic stroke \ud800";
        record.adverseEvents().get(0).term = "Head\udc00ache";
        record.adverseEvents().get(0).notes = "n\uFFFE\uFFFF\u0001";
        return record;
    }

    @Test
    void theE2bFileStaysWellFormed() throws Exception {
        List<AdverseEventReportRow> rows = ReportFixtures.assembler().rows(stored()).toList();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new E2bExport(ReportFixtures.CONTEXT).write(List.of(rows).iterator(), out);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        var doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(out.toByteArray()));
        String text = doc.getDocumentElement().getTextContent();
        assertTrue(text.contains("Head\uFFFDache"), "the term with a replacement character");
        assertTrue(text.contains("Acute ischaemic stroke \uFFFD"));
    }

    @Test
    void theFhirBundleParsesWithItsNarratives() {
        List<AdverseEventReportRow> rows = ReportFixtures.assembler().rows(stored()).toList();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new FhirExport(ReportFixtures.CONTEXT, FHIR).write(rows.iterator(), out);
        String json = out.toString(StandardCharsets.UTF_8);
        Bundle bundle = FHIR.newJsonParser().parseResource(Bundle.class, json);
        assertFalse(bundle.getEntry().isEmpty());
        assertTrue(json.trim().endsWith("}"), "the bundle is complete");
    }
}
