package org.clinic.courses.safety;

public enum FlagSeverity { CRITICAL, WARNING, INFO }
