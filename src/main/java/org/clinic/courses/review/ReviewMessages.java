package org.clinic.courses.review;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Words of the review pieces: flag actions in place, the queue's counts, sign-off confirmation. Translated with messages/review_xx.properties. */
@MessageBundle(value = "review", locale = "en")
public interface ReviewMessages {
    @Message("Review…")
    String reviewPanel();

    @Message("Acknowledge, override or resolve this flag")
    String actionsFor();

    @Message("{count} flags shown")
    String shown(long count);

    @Message("{count} flag shown")
    String shownOne(long count);

    @Message("{count} {label}")
    String countOf(long count, String label);

    @Message("Times are clinic time, {zone}.")
    String timesIn(String zone);

    @Message("Counts of the flags shown")
    String countsLabel();

    @Message("Review flag on course {course}")
    String flagTitle(Long course);

    @Message("Back to the course")
    String backToCourse();

    // sign-off confirmation

    @Message("Sign off course {id}?")
    String signOffTitle(Long id);

    @Message("Signing off closes the course: no more doses or side effects can be recorded on it.")
    String signOffMeans();

    @Message("Your password")
    String signPassword();

    @Message("Your password signs the sign-off, as your handwritten signature would; the record keeps your name, the time and this meaning:")
    String signOffSignatureNote();

    @Message("What is outstanding")
    String outstanding();

    @Message("Today is course day {day} of {length}.")
    String dayOf(int day, int length);

    @Message("The course ended on {date}.")
    String ended(java.time.LocalDate date);

    @Message("{count} due days so far without a given dose: {days}.")
    String notGiven(int count, String days);

    @Message("Every due day so far has a given dose.")
    String allGiven();

    @Message("{count} due days still to come: {days}.")
    String toCome(int count, String days);

    @Message("{count} flags still open or only acknowledged:")
    String activeFlags(int count);

    @Message("{count} flag still open or only acknowledged:")
    String activeFlag(int count);

    @Message("No flags are open.")
    String noActiveFlags();

    @Message("Sign-off is refused while a critical flag is unresolved: override or resolve it first.")
    String blocked();

    @Message("Back to the course to review its flags")
    String reviewFlagsFirst();

    @Message("Yes, sign off course")
    String confirm();

    @Message("Cancel")
    String cancel();

    @Message("Sign off course…")
    String signOffLink();

    @Message("Settled flags (resolved or overridden): {count}")
    String settledFlags(int count);

    // the physician's landing page

    @Message("My courses")
    String homeTitle();

    @Message("Running now")
    String running();

    @Message("Ended, waiting for sign-off")
    String awaiting();

    @Message("Stopped, flags waiting for a decision")
    String stoppedWithFlags();

    @Message("Planned, starting later")
    String planned();

    @Message("{#if count == 1}1 course{#else}{count} courses{/if}")
    String courses(int count);

    @Message("stopped {date}")
    String stoppedOn(String date);

    @Message("starts {date}, {#if days == 1}tomorrow{#else}in {days} days{/if}")
    String startsOn(String date, long days);

    @Message("None.")
    String noneHere();

    @Message("Patient")
    String colPatient();

    @Message("Course")
    String colCourse();

    @Message("Day")
    String colDay();

    @Message("Open flags")
    String colFlags();

    @Message("day {day} of {length}")
    String dayOfShort(int day, int length);

    @Message("ended {date}")
    String endedOn(java.time.LocalDate date);

    @Message("{count} critical")
    String critical(long count);

    @Message("{count} warning")
    String warning(long count);

    @Message("{count} other")
    String other(long count);

    @Message("no open flags")
    String noFlags();

    @Message("Review flags")
    String reviewFlags();

    @Message("The first {count} are shown.")
    String capped(int count);

    @Message("Prescribe a course")
    String prescribe();

    @Message("All open flags")
    String queue();

    @Message("Safety signals")
    String signals();
}
