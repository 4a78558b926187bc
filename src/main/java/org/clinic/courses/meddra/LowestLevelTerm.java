package org.clinic.courses.meddra;

/** A lowest-level term of one MedDRA release with its preferred term; {@code current} is the LLT currency flag. */
public record LowestLevelTerm(String code, String name, String ptCode, String ptName, boolean current, String version) {
}
