package org.clinic.courses.meddra;

import java.time.Instant;

/** One coding of an adverse event's verbatim term: the LLT and its PT in a MedDRA version, who and when. */
public record Coding(long adverseEventId, String version, String lltCode, String lltName, String ptCode,
                     String ptName, String codedBy, Instant codedAt, String reason) {
}
