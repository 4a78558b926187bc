package org.clinic.courses.report.cases;

/**
 * Which version an export of a case is. Pure. The first is version 1, INITIAL; the same facts sent
 * again keep the version they were last sent as; changed facts make the next number a FOLLOW_UP.
 */
public record NextVersion(int number, VersionKind kind, String contentHash) {

    /** The latest submission of a case, or null when it was never sent. */
    public record Sent(int number, VersionKind kind, String contentHash) {
    }

    /** A nullified case stays nullified: every later sending repeats the nullification's version. */

    public static NextVersion after(Sent latest, String contentHash) {
        if (latest == null) return new NextVersion(1, VersionKind.INITIAL, contentHash);
        if (latest.kind() == VersionKind.NULLIFICATION) return new NextVersion(latest.number(), VersionKind.NULLIFICATION, contentHash);
        if (latest.contentHash().equals(contentHash)) {
            return new NextVersion(latest.number(), latest.kind(), contentHash);
        }
        return new NextVersion(latest.number() + 1, VersionKind.FOLLOW_UP, contentHash);
    }
}
