package org.clinic.courses.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.clinic.courses.security.Role;
import org.clinic.courses.web.FieldError;
import org.clinic.courses.web.InvalidInputException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code GET /api/reports/adverse-events}: CSV, FHIR or CIOMS PDF, streamed while the response is
 * written and recorded in the audit log (see {@link ReportExporter}). Parameters are read as text
 * so every bad one is listed in the 400 answer.
 */
@Path("/api/reports/adverse-events")
public class ReportApi {
    @Inject
    ReportExporter exporter;

    @GET
    @RolesAllowed(Role.PHYSICIAN_NAME)
    public Response export(@QueryParam("from") String from, @QueryParam("to") String to,
                           @QueryParam("format") String format, @QueryParam("drug") String drug,
                           @QueryParam("patientId") String patientId, @QueryParam("seriousOnly") String seriousOnly,
                           @QueryParam("receiver") String receiver, @QueryParam("bundle") String bundle) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate fromDate = ReportParams.date("from", from, errors);
        LocalDate toDate = ReportParams.date("to", to, errors);
        ReportParams.range(fromDate, toDate, errors);
        ExportFormat kind = ReportParams.format(format, errors);
        String drugCode = ReportParams.text("drug", drug, errors);
        Long patient = ReportParams.id("patientId", patientId, errors);
        boolean serious = ReportParams.flag("seriousOnly", seriousOnly, errors);
        String receiverId = ReportParams.text("receiver", receiver, errors);
        if (bundle != null && !bundle.isBlank() && !bundle.strip().equals("collection") && !bundle.strip().equals("transaction")) {
            errors.add(new FieldError("bundle", "must be collection or transaction"));
        }
        if (!errors.isEmpty()) throw new InvalidInputException(errors);
        return exporter.export(new ReportFilter(fromDate, toDate, drugCode, patient, serious), kind, "api", receiverId,
                bundle != null && bundle.strip().equals("transaction"));
    }
}
