package org.clinic.courses.report.cases;

/** What a submission of a case is: its first report, a follow-up with changed facts, or its withdrawal. */
public enum VersionKind {
    INITIAL, FOLLOW_UP, NULLIFICATION
}
