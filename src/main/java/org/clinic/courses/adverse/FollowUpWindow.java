package org.clinic.courses.adverse;

import org.clinic.courses.course.TreatmentCourse;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The days on which a side effect of a course may be recorded: from the start date to the last day
 * of treatment (the end date, or the day the course was stopped or signed off if earlier) plus the
 * drug's follow-up days from the catalog ({@code followUpDays}; none given means no follow-up).
 * Pure.
 */
public record FollowUpWindow(LocalDate first, LocalDate lastTreatmentDay, LocalDate last) {

    public static FollowUpWindow of(TreatmentCourse c, Integer followUpDays, ZoneId zone) {
        LocalDate lastTreatment = c.endDate();
        for (Instant closed : new Instant[]{c.stoppedAt, c.signedOffAt}) {
            if (closed == null) continue;
            LocalDate day = LocalDate.ofInstant(closed, zone);
            if (day.isBefore(lastTreatment)) lastTreatment = day.isBefore(c.startDate) ? c.startDate : day;
        }
        int days = followUpDays == null ? 0 : Math.max(0, followUpDays);
        return new FollowUpWindow(c.startDate, lastTreatment, lastTreatment.plusDays(days));
    }

    public boolean contains(LocalDate day) {
        return day != null && !day.isBefore(first) && !day.isAfter(last);
    }

    /** After the last day of treatment but within the window. */
    public boolean isFollowUp(LocalDate day) {
        return contains(day) && day.isAfter(lastTreatmentDay);
    }
}
