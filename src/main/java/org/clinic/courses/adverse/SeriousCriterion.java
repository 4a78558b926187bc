package org.clinic.courses.adverse;

public enum SeriousCriterion { DEATH, LIFE_THREATENING, HOSPITALISATION, DISABILITY, CONGENITAL_ANOMALY, OTHER_IMPORTANT }
