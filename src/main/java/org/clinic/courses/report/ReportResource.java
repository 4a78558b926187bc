package org.clinic.courses.report;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.clinic.courses.security.Role;
import org.clinic.courses.web.FieldError;
import org.clinic.courses.web.FormErrors;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The report page (PHYSICIAN): filters, a preview of the first {@value ReportPreview#LIMIT} matching
 * adverse events with the counts, and downloads. The downloads live here, not under /api, because a
 * browser signed in through the login form has no HTTP Basic credentials for the API; they stream
 * and are audited exactly as the API's exports are.
 */
@Path("/reports")
@RolesAllowed(Role.PHYSICIAN_NAME)
public class ReportResource {
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(ReportForm form, FormErrors errors, List<ReportPreview.DrugOption> drugs,
                                            Preview preview);
    }

    /** The preview table and the counts of the whole selection. */
    public record Preview(List<ReportPreview.Row> rows, ReportCounts counts, int limit, String query) {
        public boolean truncated() {
            return counts.included() > rows.size();
        }
    }

    @Inject
    ReportPreview preview;
    @Inject
    ReportQuery query;
    @Inject
    ReportExporter exporter;
    @Inject
    Clock clock;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response page(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("drug") String drug,
                         @QueryParam("patient") String patient, @QueryParam("seriousOnly") String seriousOnly) {
        ReportForm form = ReportForm.of(from, to, drug, patient, seriousOnly, LocalDate.now(clock));
        List<ReportPreview.DrugOption> drugs = preview.drugs();
        List<FieldError> errors = new ArrayList<>();
        ReportFilter filter = filter(form, drugs, errors);
        if (filter == null) return invalid(form, drugs, errors);
        Preview shown = new Preview(preview.rows(filter), query.counts(filter), ReportPreview.LIMIT, form.query());
        return Response.ok(Templates.page(form, FormErrors.NONE, drugs, shown)).type(MediaType.TEXT_HTML_TYPE).build();
    }

    @GET
    @Path("download")
    @Produces({MediaType.TEXT_HTML, "text/csv", "application/pdf", "application/fhir+json"})
    public Response download(@QueryParam("format") String format, @QueryParam("from") String from,
                             @QueryParam("to") String to, @QueryParam("drug") String drug,
                             @QueryParam("patient") String patient, @QueryParam("seriousOnly") String seriousOnly) {
        ReportForm form = ReportForm.of(from, to, drug, patient, seriousOnly, LocalDate.now(clock));
        List<ReportPreview.DrugOption> drugs = preview.drugs();
        List<FieldError> errors = new ArrayList<>();
        if (format == null || format.isBlank()) errors.add(new FieldError("format", "is required: csv, fhir or pdf"));
        ExportFormat kind = ReportParams.format(format, errors);
        ReportFilter filter = filter(form, drugs, errors);
        if (!errors.isEmpty()) return invalid(form, drugs, errors);
        return exporter.export(filter, kind, "page");
    }

    private ReportFilter filter(ReportForm form, List<ReportPreview.DrugOption> drugs, List<FieldError> errors) {
        int before = errors.size();
        LocalDate fromDate = ReportParams.date("from", form.from(), errors);
        LocalDate toDate = ReportParams.date("to", form.to(), errors);
        ReportParams.range(fromDate, toDate, errors);
        String drug = ReportParams.text("drug", form.drug(), errors);
        if (drug != null && drugs.stream().noneMatch(d -> d.code().equals(drug))) {
            errors.add(new FieldError("drug", "is not in the drug catalog"));
        }
        boolean serious = ReportParams.flag("seriousOnly", form.seriousOnly(), errors);
        Long patientId = null;
        String patient = ReportParams.text("patient", form.patient(), errors);
        if (patient != null && patient.length() <= ReportParams.MAX_TEXT) {
            patientId = preview.patient(patient).orElse(null);
            if (patientId == null) errors.add(new FieldError("patient", "no patient has this id or MRN"));
        }
        return errors.size() > before ? null : new ReportFilter(fromDate, toDate, drug, patientId, serious);
    }

    private static Response invalid(ReportForm form, List<ReportPreview.DrugOption> drugs, List<FieldError> errors) {
        return Response.status(400).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.page(form, new FormErrors(errors), drugs, null)).build();
    }
}
