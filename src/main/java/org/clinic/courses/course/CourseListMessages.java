package org.clinic.courses.course;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Words on the course list. Translated with messages/courses_xx.properties (see README, Configuration). */
@MessageBundle(value = "courses", locale = "en")
public interface CourseListMessages {

    @Message("Courses")
    String title();

    @Message("Any")
    String any();

    @Message("Patient id")
    String patientId();

    @Message("Filter")
    String filter();

    @Message("{count} courses.")
    String count(long count);

    @Message("{count} course.")
    String countOne(long count);

    @Message("More than {count} courses: filter by status or patient to see them all.")
    String countMore(long count);

    @Message("Days")
    String days();

    @Message("No courses.")
    String none();
}
