package org.clinic.courses.report;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.clinic.courses.audit.AuditLog;
import org.clinic.courses.report.cases.CaseRegistry;
import org.clinic.courses.report.e2b.E2bExport;
import org.clinic.courses.security.Qualification;
import org.clinic.courses.security.User;
import org.clinic.courses.settings.Settings;
import org.clinic.courses.settings.SettingsService;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;

import java.io.OutputStream;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Serves an export for the API and the report page alike: counts matching and voided records up
 * front (the {@value #VOIDED_HEADER} header, the PDF cover, the FHIR OperationOutcome), streams the
 * rows from a read-only transaction while the response is written, counts them as they go and
 * writes the audit line at the end of that transaction; a failed export is audited on its own.
 */
@ApplicationScoped
public class ReportExporter {
    public static final String AUDIT_ACTION = "EXPORT_ADVERSE_EVENTS";
    public static final String AUDIT_TARGET = "ADVERSE_EVENT_REPORT";
    public static final String VOIDED_HEADER = "X-Voided-Excluded";
    /** Long enough for a 100,000-page PDF on a slow machine (see docs/performance.md). */
    static final int STREAM_TIMEOUT_SECONDS = 3600;

    @Inject
    ReportQuery query;
    @Inject
    EntityManager em;
    @Inject
    AuditLog audit;
    @Inject
    SettingsService settings;
    @Inject
    CaseRegistry cases;
    /** A TrueType font for the CIOMS PDF (e.g. Noto Sans CJK for Chinese names); DejaVu Sans when unset. */
    @ConfigProperty(name = "tracker.report.pdf-font")
    Optional<String> pdfFont;
    @ConfigProperty(name = "tracker.clinic-zone")
    Optional<String> clinicZone;

    /** Call on the request thread: the user and client address are taken now, before streaming. */
    public Response export(ReportFilter filter, ExportFormat format, String channel) {
        return export(filter, format, channel, null);
    }

    /** @param receiver who the report goes to; null for the clinic's default receiver */
    public Response export(ReportFilter filter, ExportFormat format, String channel, String receiver) {
        return export(filter, format, channel, receiver, false);
    }

    /** @param transaction for FHIR: a transaction Bundle a server loads as it is, instead of a collection */
    public Response export(ReportFilter filter, ExportFormat format, String channel, String receiver, boolean transaction) {
        String user = audit.currentUser();
        String address = audit.currentClientAddress();
        ReportCounts counts = QuarkusTransaction.joiningExisting().call(() -> query.counts(filter));
        ZoneId zone = clinicZone.filter(z -> !z.isBlank()).map(ZoneId::of).orElse(ZoneId.systemDefault());
        ReportContext context = QuarkusTransaction.joiningExisting().call(() -> context(user, receiver, zone));
        Export export = new Export(filter, format, counts, context, zone, user, address, channel);
        export.transaction = transaction;
        StreamingOutput body = export::run;
        String name = "adverse-events-" + filter.from() + "_" + filter.to() + "." + format.extension;
        return Response.ok(body, format.contentType)
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .header(VOIDED_HEADER, counts.voidedExcluded())
                .header("Cache-Control", "no-store")
                .build();
    }

    private ReportContext context(String user, String receiver, ZoneId zone) {
        Settings s = settings.current();
        ReportContext.PrimarySource reporter = user == null ? null : User.findByUsername(user)
                .map(u -> new ReportContext.PrimarySource(u.username, u.fullName,
                        u.qualification == null ? null : Qualification.valueOf(u.qualification), u.contact))
                .orElse(new ReportContext.PrimarySource(user, null, null, null));
        return new ReportContext(s.organisationName(), s.country(), ZonedDateTime.now(zone), s.address(), s.senderId(),
                receiver == null ? s.defaultReceiver() : receiver, reporter);
    }

    /** One export in flight: everything it needs, captured on the request thread. */
    private final class Export {
        private final ReportFilter filter;
        private final ExportFormat format;
        private final ReportCounts counts;
        private final ReportContext context;
        private final ZoneId zone;
        private final String user;
        private final String address;
        private final String channel;
        private long written;
        private boolean transaction;

        Export(ReportFilter filter, ExportFormat format, ReportCounts counts, ReportContext context, ZoneId zone,
               String user, String address, String channel) {
            this.filter = filter;
            this.format = format;
            this.counts = counts;
            this.context = context;
            this.zone = zone;
            this.user = user;
            this.address = address;
            this.channel = channel;
        }

        void run(OutputStream out) {
            try {
                QuarkusTransaction.requiringNew().timeout(STREAM_TIMEOUT_SECONDS).run(() -> {
                    write(out);
                    audit.write(user, AUDIT_ACTION, AUDIT_TARGET, null, detail(null), address);
                });
            } catch (RuntimeException e) {
                audit.recordSeparately(user, AUDIT_ACTION, AUDIT_TARGET, null,
                        detail("FAILED after " + written + " rows: " + e.getClass().getSimpleName()), address);
                throw e;
            }
        }

        private void write(OutputStream out) {
            em.unwrap(Session.class).setDefaultReadOnly(true);
            Map<String, String> roles = query.roles();
            var assembler = new ReportRowAssembler(zone, context.generatedAt().toLocalDate(), roles::get,
                    context.caseIdPrefix());
            var sending = new CaseRegistry.Sending(format.param(), user, context.receiver(),
                    context.generatedAt().toInstant());
            if (format == ExportFormat.E2B || format == ExportFormat.PDF) {
                Iterator<List<AdverseEventReportRow>> whole = counting(
                        query.cases(filter, assembler, chunk -> cases.record(chunk, sending)));
                if (format == ExportFormat.E2B) new E2bExport(context).write(whole, out);
                else new PdfExport(context, pdfFont.orElse(null)).write(whole, filter, counts, out);
                return;
            }
            Iterator<AdverseEventReportRow> source = query.rows(filter, assembler, chunk -> cases.record(chunk, sending));
            Iterator<AdverseEventReportRow> rows = new Iterator<>() {
                public boolean hasNext() {
                    return source.hasNext();
                }

                public AdverseEventReportRow next() {
                    AdverseEventReportRow row = source.next();
                    written++;
                    return row;
                }
            };
            switch (format) {
                case FHIR -> new FhirExport(context, ca.uhn.fhir.context.FhirContext.forR4Cached(), transaction,
                        query.profiles())
                        .write(rows, counts, out);
                case PDF -> throw new IllegalStateException("written per case above");
                case CSV -> new CsvExport(context).write(rows, out);
                case E2B -> throw new IllegalStateException("written per case above");
            }
        }

        /** Counts the adverse events of each case as it is written. */
        private Iterator<List<AdverseEventReportRow>> counting(Iterator<List<AdverseEventReportRow>> source) {
            return new Iterator<>() {
                public boolean hasNext() {
                    return source.hasNext();
                }

                public List<AdverseEventReportRow> next() {
                    List<AdverseEventReportRow> c = source.next();
                    written += c.size();
                    return c;
                }
            };
        }

        private String detail(String failure) {
            return "format=" + format.param() + " " + filter.describe() + " rows=" + written
                    + " voidedExcluded=" + counts.voidedExcluded() + " via=" + channel
                    + (failure == null ? "" : " " + failure);
        }
    }
}
