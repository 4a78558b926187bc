package org.clinic.courses.dose;

import jakarta.ws.rs.NotFoundException;
import org.clinic.courses.course.TreatmentCourse;
import org.clinic.courses.web.ConflictException;

/** Records are added to, or voided on, a course that is still open: not stopped, not signed off. */
public final class CourseGate {
    private CourseGate() {
    }

    public static TreatmentCourse openCourse(long courseId) {
        TreatmentCourse course = TreatmentCourse.findById(courseId);
        if (course == null) {
            throw new NotFoundException("Unknown course " + courseId);
        }
        requireOpen(course);
        return course;
    }

    public static void requireOpen(TreatmentCourse course) {
        if (course.stoppedAt != null) {
            throw new ConflictException("The course was stopped; its records can no longer change");
        }
        if (course.signedOffAt != null) {
            throw new ConflictException("The course was signed off; its records can no longer change");
        }
    }
}
