package org.clinic.courses.report;

import org.clinic.courses.adverse.ActionTaken;
import org.clinic.courses.adverse.AdverseEvent;
import org.clinic.courses.adverse.Outcome;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The narrative (E2B H.1, CIOMS continuation) reads as sentences: every free-text part ends with a stop. */
class CaseNarrativeTest {

    /** One dose, then the drug withdrawn on an event the nurse described without punctuation. */
    private static List<AdverseEventReportRow> oneDayCase() {
        CourseRecord base = ReportFixtures.course();
        AdverseEvent admitted = ReportFixtures.event(base.course(), 501, "2026-11-20", "Vomiting", 3,
                ActionTaken.WITHDRAWN, Outcome.RECOVERED);
        admitted.notes = "admitted overnight";
        AdverseEvent died = ReportFixtures.event(base.course(), 502, "2026-12-01", "Cardiac arrest", 5,
                ActionTaken.WITHDRAWN, Outcome.FATAL);
        died.notes = "Died 14:00";
        base.course().stoppedAt = Instant.parse("2026-11-20T12:00:00Z");
        base.course().stopReason = "vomiting";
        CourseRecord record = new CourseRecord(base.patient(), base.course(), base.administrations().subList(0, 1),
                List.of(admitted, died), base.flags(), base.drug(), base.holder());
        return ReportFixtures.assembler().rows(record).toList();
    }

    @Test
    void freeTextPartsEndWithAFullStopAndAreSeparated() {
        String text = CaseNarrative.of(oneDayCase());
        assertTrue(text.contains("Notes: admitted overnight. On 2026-12-01"), text);
        assertTrue(text.contains("Notes: Died 14:00. History: "), text);
        assertTrue(text.contains("stopped: vomiting. "), text);
        assertFalse(text.contains(".."), text);
        assertTrue(text.endsWith("."), text);
    }

    @Test
    void oneDayIsSingular() {
        String text = CaseNarrative.of(oneDayCase());
        assertTrue(text.contains("(1 day)"), text);
        assertFalse(text.contains("1 days"), text);
    }

    @Test
    void notesThatAlreadyEndWithAStopGetNoSecondOne() {
        assertEquals("Settled.", ReportText.sentence(" Settled. "));
        assertEquals("Why?", ReportText.sentence("Why?"));
        assertEquals("Died 14:00.", ReportText.sentence("Died 14:00"));
        assertEquals("", ReportText.sentence("  "));
    }

    @Test
    void theCiomsReactionLinesEndTheirNotesWithAStopAndPluraliseDays() {
        String lines = CiomsPage.reactions(oneDayCase());
        assertTrue(lines.contains("admitted overnight.\n"), lines);
        assertTrue(lines.contains("0 days after first dose") || lines.contains("same day as the first dose"), lines);
        assertFalse(lines.contains(" 1 days"), lines);
    }
}
