package org.clinic.courses.report.e2b;

import org.clinic.courses.adverse.Outcome;
import org.clinic.courses.report.AdverseEventReportRow;
import org.clinic.courses.report.CourseRecord;
import org.clinic.courses.report.ReportFixtures;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** D.9.1 date of death and D.9.2.r reported cause of death for a fatal case; none otherwise. */
class E2bDeathTest {

    private static String export(boolean fatal) {
        CourseRecord record = ReportFixtures.course();
        if (fatal) record.adverseEvents().get(2).outcome = Outcome.FATAL; // "vomiting" on 24 Nov 2026
        List<AdverseEventReportRow> rows = ReportFixtures.assembler().rows(record).toList();
        return new String(E2bExportTest.write(List.of(rows).iterator()), StandardCharsets.UTF_8);
    }

    @Test
    void fatalCaseHasDateAndCauseOfDeath() {
        String xml = export(true).replaceAll(">\\s+<", "><");
        assertTrue(xml.contains("<deceasedInd value=\"true\"/><deceasedTime value=\"20261124\"/>"), xml);
        assertTrue(xml.matches("(?s).*<code code=\"32\" codeSystem=\"[0-9.]+\" displayName=\"reportedCauseOfDeath\"/>"
                + "<value nullFlavor=\"UNC\" xsi:type=\"CE\"><originalText>vomiting</originalText></value>.*"), xml);
    }

    @Test
    void noDeathNoDeathElements() {
        String xml = export(false);
        assertFalse(xml.contains("deceased"));
        assertFalse(xml.contains("reportedCauseOfDeath"));
    }
}
