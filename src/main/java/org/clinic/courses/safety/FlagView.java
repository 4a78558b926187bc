package org.clinic.courses.safety;

import io.quarkus.qute.TemplateData;

import java.time.Instant;

/** A flag as the API shows it (in course responses, GET /api/flags, 409 bodies). */
@TemplateData
public record FlagView(long id, long courseId, FlagCode code, FlagSeverity severity, FlagStatus status,
                       Integer courseDay, String message, Instant raisedAt,
                       String acknowledgedBy, String acknowledgeNote,
                       String overriddenBy, String overrideReason,
                       String resolvedBy, String resolveReason,
                       String overrideSignerName, String overrideMeaning) {
    public static FlagView of(Flag f) {
        return new FlagView(f.id, f.course.id, f.code, f.severity, f.status, f.courseDay, f.message, f.raisedAt,
                f.acknowledgedBy, f.acknowledgeNote, f.overriddenBy, f.overrideReason, f.resolvedBy, f.resolveReason,
                f.overrideSignerName, f.overrideMeaning);
    }
}
