package org.clinic.courses.report.e2b;

import org.clinic.courses.adverse.ActionTaken;
import org.clinic.courses.report.AdverseEventReportRow;
import org.clinic.courses.report.CourseRecord;
import org.clinic.courses.report.ReportFixtures;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import javax.xml.namespace.NamespaceContext;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.*;

/** G.k.4.r dosage end and G.k.8 action taken follow the doses given and the recorded actions. */
class E2bTherapyTest {
    private static final String SUSPECT = "//h:organizer[h:code/@code='4']/h:component[1]/h:substanceAdministration";
    private static final String DOSAGES = SUSPECT + "/h:outboundRelationship2[@typeCode='COMP']/h:substanceAdministration";
    private static final String ACTION = SUSPECT + "/h:inboundRelationship[@typeCode='CAUS']/h:act/h:code/@code";
    private static final String MORE = SUSPECT + "/h:outboundRelationship2[@typeCode='REFR']/h:observation[h:code/@code='2']/h:value";

    private static String[] export(Consumer<CourseRecord> change, String... paths) throws Exception {
        CourseRecord record = ReportFixtures.course();
        change.accept(record);
        List<AdverseEventReportRow> rows = ReportFixtures.assembler().rows(record).toList();
        Document doc = E2bExportTest.parse(E2bExportTest.write(List.of(rows).iterator()));
        XPath xpath = XPathFactory.newInstance().newXPath();
        xpath.setNamespaceContext(new NamespaceContext() {
            public String getNamespaceURI(String prefix) {
                return "urn:hl7-org:v3";
            }

            public String getPrefix(String uri) {
                return null;
            }

            public Iterator<String> getPrefixes(String uri) {
                return null;
            }
        });
        String[] out = new String[paths.length];
        for (int i = 0; i < paths.length; i++) out[i] = xpath.evaluate(paths[i], doc);
        return out;
    }

    @Test
    void ongoingCourseHasNoDosageEndAndTheInterruptionIsExplained() throws Exception {
        String[] v = export(r -> { }, "(" + DOSAGES + ")[3]/h:effectiveTime/h:comp[2]/h:high/@nullFlavor",
                "(" + DOSAGES + ")[3]/h:effectiveTime/h:comp[2]/h:high/@value", ACTION, MORE);
        assertEquals("NA", v[0], "doses go on: no end of the last dosage, as CSV therapyStop is empty");
        assertEquals("", v[1], "never the reaction day");
        assertEquals("1", v[2], "ICH G.k.8 has no 'interrupted': an interruption is coded as withdrawn");
        assertTrue(v[3].contains("Vomiting (2026-11-22): temporarily interrupted"), v[3]);
        assertTrue(v[3].contains("Headache (2026-11-21): dose not changed"), v[3]);
        assertTrue(v[3].contains("Therapy continuing"), v[3]);
    }

    @Test
    void noChangeRecordedIsDoseNotChanged() throws Exception {
        String[] v = export(r -> r.adverseEvents().forEach(e -> e.action = ActionTaken.NONE), ACTION);
        assertEquals("4", v[0]);
    }

    @Test
    void withdrawnIsOneAndAStoppedCourseEndsAtTheLastDoseGiven() throws Exception {
        String[] v = export(r -> {
            r.adverseEvents().get(2).action = ActionTaken.WITHDRAWN;
            r.course().stoppedAt = Instant.parse("2026-11-28T12:00:00Z");
        }, ACTION, "(" + DOSAGES + ")[3]/h:effectiveTime/h:comp[2]/h:high/@value");
        assertEquals("1", v[0]);
        assertEquals("20261125", v[1], "the last dose given (dose 106), not the day Stop was clicked");
    }
}
