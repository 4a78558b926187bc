package org.clinic.courses.safety;

public enum FlagStatus { OPEN, ACKNOWLEDGED, OVERRIDDEN, RESOLVED }
