package org.clinic.courses.adverse;

public enum Outcome { RECOVERED, RECOVERING, NOT_RECOVERED, FATAL, UNKNOWN }
