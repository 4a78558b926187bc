package org.clinic.courses.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The export formats, with the media type and file extension each is served with. */
public enum ExportFormat {
    CSV(CsvExport.CONTENT_TYPE, "csv"),
    FHIR(FhirExport.CONTENT_TYPE, "json"),
    PDF(PdfExport.CONTENT_TYPE, "pdf"),
    /** ICH E2B(R3) ICSR batch, one message per case. */
    E2B(org.clinic.courses.report.e2b.E2bExport.CONTENT_TYPE, "xml");

    public final String contentType;
    public final String extension;

    ExportFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    /** The query-string spelling: {@code csv}, {@code fhir}, {@code pdf}. */
    public String param() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ExportFormat> parse(String value) {
        if (value == null) return Optional.empty();
        return Arrays.stream(values()).filter(f -> f.param().equalsIgnoreCase(value.strip())).findFirst();
    }
}
