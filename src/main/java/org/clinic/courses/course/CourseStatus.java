package org.clinic.courses.course;

public enum CourseStatus { PLANNED, ACTIVE, COMPLETED, STOPPED }
