package org.clinic.courses.course;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

import java.math.BigDecimal;

/** Words of the course page's facts, totals and day-by-day rows. Translated with messages/day_xx.properties (see README, Configuration). */
@MessageBundle(value = "day", locale = "en")
public interface CourseDayMessages {

    @Message("{volume} ml")
    String ml(BigDecimal volume);

    @Message("Carrier: may respond less well in Alzheimer's disease")
    String apoeCarrier();

    @Message("({days} days, {schedule})")
    String lengthSchedule(int days, String schedule);

    @Message("{at} by {user}:")
    String atByWithReason(String at, String user);

    @Message("{at} by {user}")
    String atBy(String at, String user);

    @Message("Given:")
    String given();

    @Message("({mg} mg)")
    String mgInBrackets(BigDecimal mg);

    @Message("doses given:")
    String dosesGiven();

    @Message("of {due} due so far.")
    String ofDueSoFar(long due);

    @Message("due")
    String due();

    @Message("at {time} by {user}")
    String timeBy(String time, String user);

    @Message("lot {lot}")
    String lot(String lot);

    @Message("in {volume} ml {diluent}")
    String inDiluent(BigDecimal volume, String diluent);

    @Message("over {minutes} min")
    String overMinutes(Integer minutes);

    @Message("Voided {at} by {user}:")
    String voided(String at, String user);

    @Message("by {user}")
    String by(String user);

    @Message("Corrects the entry of {time}, voided by {user}: {reason}")
    String corrects(String time, String user, String reason);

    @Message("Corrected by {user} ({reason}); the corrected entry is of {time}.")
    String correctedBy(String user, String reason, String time);

    @Message("Corrects the entry of {date}, voided by {user}: {reason}")
    String correctsEvent(java.time.LocalDate date, String user, String reason);

    @Message("Corrected by {user} ({reason}); the corrected entry is of {date}.")
    String eventCorrectedBy(String user, String reason, java.time.LocalDate date);

    @Message("overridden by {user}:")
    String overriddenBy(String user);
}
