package org.clinic.courses.adverse;

/** WHO-UMC causality categories. */
public enum Causality { CERTAIN, PROBABLE, POSSIBLE, UNLIKELY, CONDITIONAL, UNASSESSABLE }
