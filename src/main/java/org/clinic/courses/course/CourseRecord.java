package org.clinic.courses.course;

import org.clinic.courses.adverse.AdverseEvent;
import org.clinic.courses.dose.Administration;
import org.clinic.courses.safety.Flag;

import java.time.LocalDate;
import java.util.List;

/** A course with everything recorded on it, loaded in a fixed number of queries. */
public record CourseRecord(TreatmentCourse course, List<Administration> administrations,
                           List<AdverseEvent> adverseEvents, List<Flag> flags, LocalDate today) {

    /** Flags nobody needs to act on any more (resolved or overridden). */
    public int settledFlagCount() {
        return (int) flags.stream().filter(f -> !f.active()).count();
    }
}
