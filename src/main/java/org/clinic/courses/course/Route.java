package org.clinic.courses.course;

public enum Route { IV_INFUSION, IV_INJECTION, IM_INJECTION }
