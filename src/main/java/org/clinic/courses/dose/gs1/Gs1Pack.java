package org.clinic.courses.dose.gs1;

import java.time.LocalDate;

/** What a pack's GS1 DataMatrix says: GTIN (AI 01), expiry (17), lot (10) and serial (21); any but the GTIN may be null. */
public record Gs1Pack(String gtin, LocalDate expiry, String lot, String serial) {
}
