package org.clinic.courses.report;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.clinic.courses.security.Role;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;

import java.io.OutputStream;
import java.time.*;
import java.time.format.DateTimeParseException;
import java.util.*;

/**
 * {@code GET /api/reports/adverse-events}: CSV, FHIR or CIOMS PDF, streamed from a read-only
 * transaction while the response is written. Not yet recorded in the audit log: that waits for
 * the audit package's {@code AuditLog} bean.
 */
@Path("/api/reports/adverse-events")
public class ReportResource {
    @Inject
    ReportQuery query;
    @Inject
    EntityManager em;
    @ConfigProperty(name = "tracker.clinic-name")
    String clinicName;
    @ConfigProperty(name = "tracker.clinic-zone")
    Optional<String> clinicZone;

    @GET
    @RolesAllowed(Role.PHYSICIAN_NAME)
    public Response export(@QueryParam("from") String from, @QueryParam("to") String to,
                           @QueryParam("format") String format, @QueryParam("drug") String drug,
                           @QueryParam("patientId") Long patientId, @QueryParam("seriousOnly") boolean seriousOnly) {
        List<Map<String, String>> errors = new ArrayList<>();
        LocalDate fromDate = date("from", from, errors);
        LocalDate toDate = date("to", to, errors);
        if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) errors.add(error("to", "must not be before from"));
        String kind = format == null ? "csv" : format.toLowerCase(Locale.ROOT);
        if (!List.of("csv", "fhir", "pdf").contains(kind)) errors.add(error("format", "must be csv, fhir or pdf"));
        if (!errors.isEmpty()) {
            return Response.status(400).type(MediaType.APPLICATION_JSON).entity(Map.of("errors", errors)).build();
        }
        ReportFilter filter = new ReportFilter(fromDate, toDate, blankToNull(drug), patientId, seriousOnly);
        ZoneId zone = clinicZone.filter(z -> !z.isBlank()).map(ZoneId::of).orElse(ZoneId.systemDefault());
        ReportContext context = new ReportContext(clinicName, null, ZonedDateTime.now(zone));
        StreamingOutput body = out -> QuarkusTransaction.requiringNew().timeout(600)
                .run(() -> write(kind, filter, context, zone, out));
        String name = "adverse-events-" + fromDate + "_" + toDate + "." + (kind.equals("fhir") ? "json" : kind);
        return Response.ok(body, contentType(kind))
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }

    private void write(String kind, ReportFilter filter, ReportContext context, ZoneId zone, OutputStream out) {
        em.unwrap(Session.class).setDefaultReadOnly(true);
        Map<String, String> roles = query.roles();
        var assembler = new ReportRowAssembler(zone, context.generatedAt().toLocalDate(), roles::get);
        var rows = query.rows(filter, assembler);
        switch (kind) {
            case "fhir" -> new FhirExport(context).write(rows, out);
            case "pdf" -> new PdfExport(context).write(rows, out);
            default -> new CsvExport().write(rows, out);
        }
    }

    private static String contentType(String kind) {
        return switch (kind) {
            case "fhir" -> FhirExport.CONTENT_TYPE;
            case "pdf" -> PdfExport.CONTENT_TYPE;
            default -> CsvExport.CONTENT_TYPE;
        };
    }

    private static LocalDate date(String field, String value, List<Map<String, String>> errors) {
        if (value == null || value.isBlank()) {
            errors.add(error(field, "is required (YYYY-MM-DD)"));
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(error(field, "must be a date YYYY-MM-DD"));
            return null;
        }
    }

    private static Map<String, String> error(String field, String message) {
        return Map.of("field", field, "message", message);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
