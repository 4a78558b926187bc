package org.clinic.courses.report;

import org.clinic.courses.adverse.AdverseEvent;
import org.clinic.courses.adverse.Outcome;
import org.clinic.courses.adverse.SeriousCriterion;
import org.clinic.courses.course.CourseStatus;
import org.clinic.courses.report.AdverseEventReportRow.Challenge;
import org.clinic.courses.report.AdverseEventReportRow.Dose;
import org.clinic.courses.report.AdverseEventReportRow.FlagPart;
import org.clinic.courses.report.AdverseEventReportRow.Item;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

class ReportRowAssemblerTest {

    @Test
    void oneRowPerNonVoidedEventInOnsetOrder() {
        List<AdverseEventReportRow> rows = ReportFixtures.rows();
        assertEquals(List.of("AT-CLINIC1-7-AE201", "AT-CLINIC1-7-AE202", "AT-CLINIC1-7-AE203"), rows.stream().map(AdverseEventReportRow::reportId).toList());
    }

    @Test
    void patientReactionAndReporterAreCopied() {
        AdverseEventReportRow row = ReportFixtures.rows().get(1);
        assertEquals("A.L.", row.patient().initials());
        assertEquals(76, row.patient().ageAtOnset());
        assertEquals(new BigDecimal("61.5"), row.patient().weightKg());
        assertEquals("Vomiting", row.reaction().term());
        assertEquals(3, row.reaction().courseDay());
        assertEquals(Set.of(SeriousCriterion.HOSPITALISATION), row.reaction().seriousCriteria());
        assertEquals("nurse.joy", row.reporter().username());
        assertEquals("NURSE", row.reporter().role());
    }

    @Test
    void suspectDrugHasDoseInMgAndOnlyGivenLotsUpToOnset() {
        var drug = ReportFixtures.rows().get(1).drug();
        assertEquals("Cerebrolysin", drug.name());
        assertEquals(0, new BigDecimal("6456").compareTo(drug.dailyDoseMg()));
        assertEquals(List.of("L123", "L124"), drug.lotNumbers(), "voided L999 and later lots left out");
        assertEquals(LocalDate.of(2026, 11, 20), drug.therapyStart());
        assertNull(drug.therapyStop(), "the course is still running");
        assertNull(drug.therapyDays());
        assertEquals(CourseStatus.ACTIVE, drug.courseStatus());
        assertEquals(List.of("L123", "L124", "L125"), ReportFixtures.rows().get(2).drug().lotNumbers());
    }

    @Test
    void dosesUpToOnsetWithoutVoidedOnesAndOnlySafetyFlags() {
        AdverseEventReportRow row = ReportFixtures.rows().get(1);
        assertEquals(List.of(101L, 102L, 104L), row.doses().stream().map(Dose::id).toList());
        assertEquals(List.of(301L, 302L), row.flags().stream().map(FlagPart::id).toList());
    }

    @Test
    void historyLeavesOutWhatWasRemovedBeforeOnset() {
        var history = ReportFixtures.rows().get(0).history();
        assertEquals(List.of("Epilepsy (G40.9)"), history.conditions().stream().map(Item::label).toList());
        assertEquals(List.of("Lithium carbonate 300 mg"), history.medications().stream().map(Item::name).toList());
        assertEquals(List.of("Penicillin"), history.allergies().stream().map(Item::name).toList());
    }

    @Test
    void challengesFollowTheInterruptionAndTheRecurrence() {
        List<AdverseEventReportRow> rows = ReportFixtures.rows();
        assertEquals(Challenge.NOT_APPLICABLE, rows.get(0).drug().dechallenge(), "headache: drug not stopped");
        assertEquals(Challenge.NOT_APPLICABLE, rows.get(0).drug().rechallenge());
        assertEquals(Challenge.YES, rows.get(1).drug().dechallenge(), "vomiting recovered after interruption");
        assertEquals(Challenge.YES, rows.get(1).drug().rechallenge(), "vomiting came back after dose 105");
        assertEquals(Challenge.YES, rows.get(2).drug().rechallenge(), "the recurrence itself");
    }

    @Test
    void givenAgainWithoutRecurrenceIsNoRechallenge() {
        CourseRecord record = ReportFixtures.course();
        record.adverseEvents().get(2).voided = true;
        AdverseEvent vomiting = record.adverseEvents().get(1);
        assertEquals(Challenge.NO, ReportFixtures.assembler().row(record, vomiting).drug().rechallenge());
    }

    /** The course stopped the evening of the headache; a follow-up record the next day tells how it went. */
    @ParameterizedTest
    @CsvSource({"RECOVERED,YES", "RECOVERING,YES", "NOT_RECOVERED,NO", "FATAL,NOT_APPLICABLE", "UNKNOWN,UNKNOWN"})
    void dechallengeFollowsTheEventAfterTheCourseWasStopped(Outcome outcome, Challenge expected) {
        CourseRecord stopped = stoppedOnTheHeadacheDay(outcome);
        AdverseEvent headache = stopped.adverseEvents().get(0);
        assertEquals(expected, ReportFixtures.assembler().row(stopped, headache).drug().dechallenge());
    }

    @Test
    void nothingRecordedAfterTheStopIsUnknown() {
        CourseRecord stopped = stoppedOnTheHeadacheDay(null);
        assertEquals(Challenge.UNKNOWN,
                ReportFixtures.assembler().row(stopped, stopped.adverseEvents().get(0)).drug().dechallenge());
    }

    @Test
    void recoveredWhileTheDrugWentOnIsNotADechallenge() {
        CourseRecord record = ReportFixtures.course();
        record.course().stoppedAt = Instant.parse("2026-11-26T18:00:00Z");
        AdverseEvent headache = record.adverseEvents().get(0);
        headache.outcome = Outcome.RECOVERED;
        assertEquals(Challenge.NOT_APPLICABLE, ReportFixtures.assembler().row(record, headache).drug().dechallenge());
    }

    @Test
    void fatalOutcomeIsNotADechallenge() {
        CourseRecord record = ReportFixtures.course();
        AdverseEvent vomiting = record.adverseEvents().get(1);
        vomiting.outcome = Outcome.FATAL;
        assertEquals(Challenge.NOT_APPLICABLE, ReportFixtures.assembler().row(record, vomiting).drug().dechallenge());
    }

    @Test
    void stoppedCourseEndsTherapyOnTheLastDoseGiven() {
        CourseRecord record = ReportFixtures.course();
        record.course().stoppedAt = Instant.parse("2026-11-26T18:00:00Z");
        var drug = ReportFixtures.assembler().row(record, record.adverseEvents().get(0)).drug();
        assertEquals(LocalDate.of(2026, 11, 25), drug.therapyStop(), "the last dose, not the day Stop was clicked");
        assertEquals(6, drug.therapyDays(), "first to last dose");
        assertEquals(CourseStatus.STOPPED, drug.courseStatus());
    }

    @Test
    void withdrawnDrugIsNeverOngoing() {
        CourseRecord record = ReportFixtures.course();
        record.adverseEvents().get(2).action = org.clinic.courses.adverse.ActionTaken.WITHDRAWN;
        var drug = ReportFixtures.assembler().row(record, record.adverseEvents().get(0)).drug();
        assertEquals(LocalDate.of(2026, 11, 25), drug.therapyStop());
        assertEquals(6, drug.therapyDays());
    }

    @Test
    void cumulativeDoseAndTimeToOnsetCountGivenDosesUpToOnset() {
        var drug = ReportFixtures.rows().get(1).drug();
        assertEquals(0, new BigDecimal("60").compareTo(drug.cumulativeDoseMl()), "doses 101 and 102; 103 voided");
        assertEquals(0, new BigDecimal("12912").compareTo(drug.cumulativeDoseMg()));
        assertEquals(2, drug.daysToOnset());
    }

    private static CourseRecord stoppedOnTheHeadacheDay(Outcome followUp) {
        CourseRecord record = ReportFixtures.course();
        record.course().stoppedAt = Instant.parse("2026-11-21T18:00:00Z");
        List<AdverseEvent> events = new java.util.ArrayList<>(List.of(record.adverseEvents().get(0)));
        if (followUp != null) {
            events.add(ReportFixtures.event(record.course(), 299, "2026-11-22", "Headache", 1,
                    org.clinic.courses.adverse.ActionTaken.NONE, followUp));
        }
        var upToStop = record.administrations().stream()
                .filter(a -> a.administeredAt.isBefore(record.course().stoppedAt)).toList();
        return new CourseRecord(record.patient(), record.course(), upToStop, events, record.flags(), record.drug());
    }

    @Test
    void finishedCourseEndsTherapyOnTheLastDose() {
        CourseRecord record = ReportFixtures.course();
        var assembler = new ReportRowAssembler(java.time.ZoneOffset.UTC, LocalDate.of(2027, 1, 5), u -> null);
        var drug = assembler.row(record, record.adverseEvents().get(0)).drug();
        assertEquals(LocalDate.of(2026, 11, 25), drug.therapyStop());
        assertEquals(6, drug.therapyDays());
        assertEquals(CourseStatus.COMPLETED, drug.courseStatus());
    }
}
