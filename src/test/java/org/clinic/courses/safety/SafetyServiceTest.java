package org.clinic.courses.safety;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.clinic.courses.adverse.AdverseEvent;
import org.clinic.courses.course.Route;
import org.clinic.courses.course.TreatmentCourse;
import org.clinic.courses.patient.Patient;
import org.clinic.courses.web.ConflictException;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static org.clinic.courses.safety.SafetyFixtures.*;
import static org.junit.jupiter.api.Assertions.*;

/** The safety engine against the database: raising, keeping, resolving flags and blocking doses. */
@QuarkusTest
class SafetyServiceTest {
    @Inject
    SafetyService safety;
    @Inject
    MissedDoseJob job;
    @Inject
    Clock clock;

    LocalDate today() {
        return LocalDate.now(clock);
    }

    @Test
    void epilepsyRaisesOneCriticalContraindicationThatBlocksDoses() {
        TreatmentCourse course = tx(() -> course(patient("Epilepsy", "G40.909"), Route.IV_INFUSION, today(), 10));
        List<Flag> raised = tx(() -> safety.evaluate(course));
        assertEquals(1, raised.size(), "raised " + raised.stream().map(f -> f.causeKey).toList());
        Flag flag = raised.get(0);
        assertEquals(FlagCode.CONTRAINDICATION, flag.code);
        assertEquals(FlagSeverity.CRITICAL, flag.severity);
        assertEquals(FlagStatus.OPEN, flag.status);
        assertTrue(flag.message.contains("Epilepsy"), flag.message);

        ConflictException blocked = assertThrows(ConflictException.class, () -> run(() -> safety.checkDoseAllowed(course)));
        List<?> body = (List<?>) blocked.body();
        assertEquals(flag.id, ((FlagView) body.get(0)).id());
        assertEquals(List.of("FLAG_RAISED"), auditActions(flag.id));
    }

    @Test
    void aContraindicationNotYetFlaggedStillBlocks() {
        TreatmentCourse course = tx(() -> course(patient("Grand mal seizures", null), Route.IV_INFUSION, today(), 10));
        assertTrue(flags(course.id).isEmpty());
        assertThrows(ConflictException.class, () -> run(() -> safety.checkDoseAllowed(course)));
        // the refused dose rolled its transaction back; the flag is stored right after, on its own
        long deadline = System.currentTimeMillis() + 5000;
        while (flags(course.id, FlagCode.CONTRAINDICATION).isEmpty() && System.currentTimeMillis() < deadline) {
            sleep();
        }
        assertEquals(1, flags(course.id, FlagCode.CONTRAINDICATION).size());
        assertThrows(ConflictException.class, () -> run(() -> safety.checkDoseAllowed(course)));
        assertEquals(1, flags(course.id, FlagCode.CONTRAINDICATION).size());
    }

    @Test
    void evaluatingTwiceRaisesNothingNew() {
        TreatmentCourse course = tx(() -> {
            Patient p = patient("Epilepsy", "G40.9");
            medication(p, "Lithium carbonate 300 mg bid");
            return course(p, Route.IV_INFUSION, today(), 10);
        });
        assertEquals(2, tx(() -> safety.evaluate(course)).size());
        assertEquals(List.of(), tx(() -> safety.evaluate(course)));
        assertEquals(2, flags(course.id).size());
    }

    @Test
    void lithiumIsAnInteractionWarningAndDoesNotBlock() {
        TreatmentCourse course = tx(() -> {
            Patient p = patient();
            medication(p, "Lithium carbonate 300 mg bid");
            return course(p, Route.IV_INFUSION, today(), 10);
        });
        tx(() -> safety.evaluate(course));
        List<Flag> interactions = flags(course.id, FlagCode.INTERACTION);
        assertEquals(1, interactions.size());
        assertEquals(FlagSeverity.WARNING, interactions.get(0).severity);
        assertDoesNotThrow(() -> run(() -> safety.checkDoseAllowed(course)));
    }

    @Test
    void aConditionAddedMidCourseIsScreenedThroughEvaluatePatient() {
        Patient patient = tx(() -> patient());
        TreatmentCourse course = tx(() -> course(Patient.findById(patient.id), Route.IV_INFUSION, today(), 10));
        run(() -> {
            Patient p = Patient.findById(patient.id);
            p.conditions.size();
            org.clinic.courses.patient.Condition c = new org.clinic.courses.patient.Condition();
            c.patient = p;
            c.name = "Acute kidney failure";
            c.code = "N17.9";
            c.recordedAt = java.time.Instant.now();
            c.persist();
            assertEquals(1, safety.evaluatePatient(p).size());
        });
        assertEquals(1, flags(course.id, FlagCode.CONTRAINDICATION).size());
    }

    @Test
    void anIntramuscularDoseAboveFiveMlExceedsTheRouteLimit() {
        TreatmentCourse course = tx(() -> course(patient(), Route.IM_INJECTION, today(), 10));
        run(() -> dose(course, today(), clock.getZone(), "6"));
        tx(() -> safety.evaluate(course));
        List<Flag> exceeded = flags(course.id, FlagCode.ROUTE_VOLUME_EXCEEDED);
        assertEquals(1, exceeded.size());
        assertEquals(FlagSeverity.CRITICAL, exceeded.get(0).severity);
        assertNotNull(exceeded.get(0).administrationId);
    }

    @Test
    void headacheOnThreeDaysIsOnePersistentFlagUntilADayIsVoided() {
        LocalDate start = today().minusDays(5);
        TreatmentCourse course = tx(() -> course(patient(), Route.IV_INFUSION, start, 10));
        List<AdverseEvent> days = tx(() -> List.of(event(course, start, "Headache", 1),
                event(course, start.plusDays(1), "headache", 1), event(course, start.plusDays(2), "Headache", 1)));
        tx(() -> safety.evaluate(course));
        List<Flag> persistent = flags(course.id, FlagCode.PERSISTENT_ADVERSE_EVENT);
        assertEquals(1, persistent.size());
        assertEquals(FlagStatus.OPEN, persistent.get(0).status);

        run(() -> event(course, start.plusDays(3), "Headache", 1));
        assertEquals(List.of(), tx(() -> safety.evaluate(course)).stream()
                .filter(f -> f.code == FlagCode.PERSISTENT_ADVERSE_EVENT).toList());
        persistent = flags(course.id, FlagCode.PERSISTENT_ADVERSE_EVENT);
        assertEquals(1, persistent.size(), "a fourth day keeps it one flag");
        assertTrue(persistent.get(0).message.contains("4 consecutive days"), persistent.get(0).message);

        run(() -> voidEvent(days.get(1).id, "Entered on the wrong patient"));
        tx(() -> safety.evaluate(course));
        Flag resolved = flags(course.id, FlagCode.PERSISTENT_ADVERSE_EVENT).get(0);
        assertEquals(FlagStatus.RESOLVED, resolved.status);
        assertEquals("system", resolved.resolvedBy);
        assertTrue(resolved.resolveReason.contains("voided"), resolved.resolveReason);
        assertEquals(List.of("FLAG_RAISED", "FLAG_RESOLVED"), auditActions(resolved.id));
    }

    @Test
    void theScheduledCheckFlagsMissedDaysAndABackFilledDoseResolvesOne() {
        LocalDate start = today().minusDays(3);
        TreatmentCourse course = tx(() -> course(patient(), Route.IV_INFUSION, start, 10));
        run(() -> dose(course, start, clock.getZone(), "30"));
        assertTrue(job.run() >= 2);
        List<Flag> missed = flags(course.id, FlagCode.MISSED_DOSE);
        assertEquals(List.of(2, 3), missed.stream().map(f -> f.courseDay).toList());
        assertEquals(0, job.run() - job.run(), "a second pass is idempotent");
        assertEquals(2, flags(course.id, FlagCode.MISSED_DOSE).size());

        run(() -> dose(course, start.plusDays(1), clock.getZone(), "30"));
        tx(() -> safety.evaluate(course));
        missed = flags(course.id, FlagCode.MISSED_DOSE);
        assertEquals(FlagStatus.RESOLVED, missed.get(0).status);
        assertTrue(missed.get(0).resolveReason.contains("administration is now recorded"), missed.get(0).resolveReason);
        assertEquals(FlagStatus.OPEN, missed.get(1).status);
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void refreshIfStaleJudgesOnceADay() {
        LocalDate start = today().minusDays(2);
        TreatmentCourse course = tx(() -> course(patient(), Route.IV_INFUSION, start, 10));
        assertEquals(2, safety.refreshIfStale(course).size());
        assertEquals(List.of(), safety.refreshIfStale(course));
    }
}
