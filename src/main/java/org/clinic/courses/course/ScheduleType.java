package org.clinic.courses.course;

/** DAILY: every calendar day; WEEKDAYS: Monday to Friday (length still counts calendar days). */
public enum ScheduleType { DAILY, WEEKDAYS }
