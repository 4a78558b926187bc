package org.clinic.courses.signal;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.clinic.courses.audit.AuditLog;
import org.clinic.courses.catalog.Drug;
import org.clinic.courses.catalog.DrugCatalog;
import org.clinic.courses.security.Role;
import org.clinic.courses.web.FormErrors;
import org.clinic.courses.web.InvalidInputException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.RestQuery;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.*;

/** The clinic's safety view: which terms and lots stand out over a period, on a page and as CSV. */
@Path("/signals")
@RolesAllowed(Role.PHYSICIAN_NAME)
public class SignalResource {
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(SignalForm form, SignalReport report, List<Drug> drugs,
                                            Map<String, String> drugNames, String csvQuery, SignalChart trend,
                                            String zone, FormErrors errors);
    }

    @Inject
    SignalQueries queries;
    @Inject
    DrugCatalog catalog;
    @Inject
    AuditLog audit;
    @Inject
    Clock clock;
    @ConfigProperty(name = "tracker.signal.lot-factor", defaultValue = "2")
    BigDecimal defaultFactor;
    @ConfigProperty(name = "tracker.signal.minimum-count", defaultValue = "3")
    int defaultMinimum;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response page(@RestQuery String from, @RestQuery String to, @RestQuery String drug, @RestQuery String factor,
                         @RestQuery String minimum) {
        SignalForm form = new SignalForm(from, to, drug, factor, minimum);
        List<Drug> drugs = catalog.all();
        Map<String, String> names = names(drugs);
        try {
            SignalForm.Checked c = form.check(LocalDate.now(clock), defaultFactor, defaultMinimum);
            SignalReport report = compute(c, drugs);
            return Response.ok(Templates.page(form.inForce(c), report, drugs, names, form.queryString(c), SignalChart.of(report.weeks()),
                    clock.getZone().getId(), FormErrors.NONE)).build();
        } catch (InvalidInputException e) {
            return Response.status(400).entity(Templates.page(form.withDefaults(defaultFactor, defaultMinimum), null, drugs, names, "", null,
                    clock.getZone().getId(), new FormErrors(e.errors()))).build();
        }
    }

    @GET
    @Path("export")
    @jakarta.transaction.Transactional
    @Produces(SignalCsv.CONTENT_TYPE)
    public Response csv(@RestQuery String from, @RestQuery String to, @RestQuery String drug, @RestQuery String factor,
                        @RestQuery String minimum) {
        SignalForm.Checked c = new SignalForm(from, to, drug, factor, minimum)
                .check(LocalDate.now(clock), defaultFactor, defaultMinimum);
        List<Drug> drugs = catalog.all();
        SignalReport report = compute(c, drugs);
        audit.record("SIGNAL_EXPORTED", "SignalReport", null, "from=" + c.from() + " to=" + c.to() + " drug=" + c.drug());
        return Response.ok(SignalCsv.write(report, names(drugs), clock.getZone()))
                .header("Content-Disposition", "attachment; filename=\"safety-signals-" + c.from() + "-" + c.to() + ".csv\"")
                .build();
    }

    private SignalReport compute(SignalForm.Checked c, List<Drug> drugs) {
        Map<String, Set<String>> labelled = new HashMap<>();
        for (Drug d : drugs) {
            List<String> listed = catalog.definitionOf(d).sideEffects();
            labelled.put(d.code, new HashSet<>(listed == null ? List.of() : listed));
        }
        return SignalStatistics.compute(c.from(), c.to(), queries.drugs(c.from(), c.to(), c.drug()),
                queries.lots(c.from(), c.to(), c.drug()), queries.events(c.from(), c.to(), c.drug()), labelled,
                c.factor(), c.minimum());
    }

    private static Map<String, String> names(List<Drug> drugs) {
        Map<String, String> names = new LinkedHashMap<>();
        drugs.forEach(d -> names.put(d.code, d.name));
        return names;
    }
}
