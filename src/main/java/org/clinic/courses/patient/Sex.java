package org.clinic.courses.patient;

public enum Sex { FEMALE, MALE, OTHER, UNKNOWN }
