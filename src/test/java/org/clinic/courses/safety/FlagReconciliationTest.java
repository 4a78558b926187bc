package org.clinic.courses.safety;

import org.clinic.courses.dose.Administration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Pure: which findings raise a flag and which flags the system resolves. */
class FlagReconciliationTest {
    private static Flag flag(String key, FlagStatus status) {
        Flag f = new Flag();
        f.code = FlagCode.MISSED_DOSE;
        f.causeKey = key;
        f.status = status;
        return f;
    }

    private static FlagFinding finding(String key) {
        return new FlagFinding(FlagCode.MISSED_DOSE, key, 2, "missed", null, null);
    }

    @ParameterizedTest
    @CsvSource({"OPEN,false", "ACKNOWLEDGED,false", "OVERRIDDEN,false", "RESOLVED,true"})
    void aFindingRaisesAFlagOnlyWhenNoFlagOwnsItsCause(FlagStatus existing, boolean raised) {
        var plan = FlagReconciliation.plan(List.of(flag("K", existing)), List.of(finding("K")));
        assertEquals(raised, plan.toRaise().size() == 1);
        assertTrue(plan.toResolve().isEmpty());
    }

    @ParameterizedTest
    @CsvSource({"OPEN,true", "ACKNOWLEDGED,true", "OVERRIDDEN,false", "RESOLVED,false"})
    void aFlagWhoseCauseIsGoneIsResolvedUnlessSettled(FlagStatus existing, boolean resolved) {
        var plan = FlagReconciliation.plan(List.of(flag("K", existing)), List.of());
        assertEquals(resolved, plan.toResolve().size() == 1);
    }

    @Test
    void theReasonNamesAVoidedRecord() {
        Flag f = flag("K", FlagStatus.OPEN);
        f.code = FlagCode.ROUTE_VOLUME_EXCEEDED;
        f.administrationId = 5L;
        Administration a = new Administration();
        a.id = 5L;
        a.voided = true;
        assertTrue(FlagReconciliation.resolveReason(f, List.of(a), List.of()).contains("administration record was voided"));
        assertTrue(FlagReconciliation.resolveReason(flag("K", FlagStatus.OPEN), List.of(), List.of())
                .contains("an administration is now recorded"));
    }
}
