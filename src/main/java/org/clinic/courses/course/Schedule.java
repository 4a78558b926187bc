package org.clinic.courses.course;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Which calendar days of a course are due. Day 1 is the start date; {@code lengthDays} counts
 * calendar days whatever the pattern, so a 28-day WEEKDAYS course has 20 due days.
 */
public record Schedule(LocalDate startDate, int lengthDays, ScheduleType type) {

    public Schedule {
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(type, "type");
        if (lengthDays < 1) throw new IllegalArgumentException("lengthDays must be at least 1");
    }

    public static Schedule of(TreatmentCourse course) {
        return new Schedule(course.startDate, course.lengthDays, course.schedule);
    }

    /** The calendar day an instant falls on in the clinic's zone. */
    public static LocalDate dayOf(Instant at, ZoneId clinicZone) {
        return at.atZone(clinicZone).toLocalDate();
    }

    /** Whether the weekly pattern alone wants a dose on that weekday. */
    public static boolean patternWants(ScheduleType type, LocalDate date) {
        return switch (type) {
            case DAILY -> true;
            case WEEKDAYS -> date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
        };
    }

    /** Last calendar day of the course (inclusive). */
    public LocalDate endDate() {
        return startDate.plusDays(lengthDays - 1L);
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(startDate) && !date.isAfter(endDate());
    }

    /** Course day of a date: 1 on the start date, 0 the day before, and so on. */
    public int courseDay(LocalDate date) {
        return Math.toIntExact(date.toEpochDay() - startDate.toEpochDay() + 1);
    }

    public int courseDay(Instant at, ZoneId clinicZone) {
        return courseDay(dayOf(at, clinicZone));
    }

    public LocalDate dateOf(int courseDay) {
        return startDate.plusDays(courseDay - 1L);
    }

    /** Within the course dates and wanted by the weekly pattern. */
    public boolean isDue(LocalDate date) {
        return covers(date) && patternWants(type, date);
    }

    public boolean isDue(int courseDay) {
        return isDue(dateOf(courseDay));
    }

    /** All due dates of the course, in order. */
    public List<LocalDate> dueDates() {
        return dueDatesBetween(startDate, endDate());
    }

    /** Due dates from {@code from} to {@code to}, both inclusive, clipped to the course. */
    public List<LocalDate> dueDatesBetween(LocalDate from, LocalDate to) {
        LocalDate first = from.isBefore(startDate) ? startDate : from;
        LocalDate last = to.isAfter(endDate()) ? endDate() : to;
        if (last.isBefore(first)) return List.of();
        return Stream.iterate(first, d -> !d.isAfter(last), d -> d.plusDays(1))
                .filter(d -> patternWants(type, d))
                .toList();
    }

    /** How many administrations the course plans (one per due day). */
    public int dueCount() {
        return dueDates().size();
    }

    /** Due days up to and including {@code date}: "dose 7 of 20". */
    public int dueCountThrough(LocalDate date) {
        return dueDatesBetween(startDate, date).size();
    }
}
