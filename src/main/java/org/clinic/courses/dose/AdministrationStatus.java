package org.clinic.courses.dose;

/** GIVEN: the dose went in; HELD or REFUSED carry their reason in the notes and volume 0. */
public enum AdministrationStatus { GIVEN, HELD, REFUSED }
