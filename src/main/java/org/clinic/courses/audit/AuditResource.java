package org.clinic.courses.audit;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.clinic.courses.web.FieldError;
import org.clinic.courses.web.FormErrors;
import org.jboss.resteasy.reactive.RestQuery;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;

/** The audit trail for administrators: filters by user, action and days; CSV download of the same rows. */
@Path("/admin/audit")
@RolesAllowed("ADMIN")
public class AuditResource {
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(AuditFilter filter, List<AuditEvent> rows, int page, boolean more,
                                            int pageSize, FormErrors errors);
    }

    @Inject
    Clock clock;
    @Inject
    AuditLog audit;
    @Inject
    AuditMessages messages;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page(@RestQuery String user, @RestQuery String action, @RestQuery String from,
                                 @RestQuery String to, @RestQuery String page) {
        AuditFilter filter = AuditFilter.of(user, action, from, to);
        int p = pageNumber(page);
        List<AuditEvent> rows = filter.rows(clock.getZone(), p * AuditFilter.PAGE_SIZE, AuditFilter.PAGE_SIZE + 1);
        boolean more = rows.size() > AuditFilter.PAGE_SIZE;
        FormErrors errors = new FormErrors(filter.unreadable().stream()
                .map(f -> new FieldError(f, messages.badDate())).toList());
        return Templates.page(filter, more ? rows.subList(0, AuditFilter.PAGE_SIZE) : rows, p, more,
                AuditFilter.PAGE_SIZE, errors);
    }

    @GET
    @Path("export")
    @Produces("text/csv")
    @Transactional
    public Response export(@RestQuery String user, @RestQuery String action, @RestQuery String from,
                           @RestQuery String to) {
        AuditFilter filter = AuditFilter.of(user, action, from, to);
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader("id", "occurred_at", "username",
                "action", "target_type", "target_id", "detail", "client_address").get())) {
            for (AuditEvent e : filter.rows(clock.getZone(), 0, AuditFilter.EXPORT_MAX)) {
                csv.printRecord(e.id, e.occurredAt, safe(e.username), e.action, e.targetType, e.targetId,
                        safe(e.detail), e.clientAddress);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit.record("EXPORT_AUDIT", null, null, filter.query());
        return Response.ok(out.toString()).header("Content-Disposition", "attachment; filename=\"audit.csv\"").build();
    }

    /** Page numbers that are not a small whole number mean the first page (a GET never answers 4xx/5xx for it). */
    static int pageNumber(String page) {
        try {
            return page == null ? 0 : Math.max(0, Math.min(Integer.parseInt(page.strip()), 100_000));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** A cell a spreadsheet would run as a formula gets a leading quote. */
    static String safe(String s) {
        return org.clinic.courses.web.CsvCells.neutralise(s);
    }
}
