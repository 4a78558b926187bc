package org.clinic.courses.report.cases;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Versions of a case sent again: a nullified case stays nullified, whatever changed. */
class NextVersionTest {
    @Test
    void firstIsInitialThenSameFactsSameVersionThenFollowUp() {
        assertEquals(new NextVersion(1, VersionKind.INITIAL, "a"), NextVersion.after(null, "a"));
        assertEquals(new NextVersion(1, VersionKind.INITIAL, "a"), NextVersion.after(new NextVersion.Sent(1, VersionKind.INITIAL, "a"), "a"));
        assertEquals(new NextVersion(2, VersionKind.FOLLOW_UP, "b"), NextVersion.after(new NextVersion.Sent(1, VersionKind.INITIAL, "a"), "b"));
    }

    @Test
    void aNullifiedCaseIsSentAsItsNullificationAgainNeverAsAFollowUp() {
        var nullified = new NextVersion.Sent(3, VersionKind.NULLIFICATION, "a");
        assertEquals(new NextVersion(3, VersionKind.NULLIFICATION, "a"), NextVersion.after(nullified, "a"));
        assertEquals(new NextVersion(3, VersionKind.NULLIFICATION, "b"), NextVersion.after(nullified, "b"));
    }
}
