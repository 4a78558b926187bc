package org.clinic.courses.prescribe;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.clinic.courses.patient.PatientSearch;
import org.clinic.courses.security.Role;
import org.clinic.courses.web.InputCheck;


/**
 * Prescribing starts by finding the patient by name or MRN (never by a numeric id); each match links
 * to the prescription form for that patient. Typing filters the list in place when JavaScript is on.
 */
@Path("/prescribe/patients")
@RolesAllowed(Role.PHYSICIAN_NAME)
@Produces(MediaType.TEXT_HTML)
public class PatientPickerResource {
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance search(String q, PatientSearch.SearchResult result, String drug, int pageSize);
    }

    @Inject
    PatientSearch patients;

    @GET
    public TemplateInstance search(@QueryParam("q") String q, @QueryParam("drug") String drug) {
        InputCheck check = new InputCheck();
        String term = check.text("q", q, 100, false);
        String code = check.text("drug", drug, 40, false);
        check.throwIfAny();
        PatientSearch.SearchResult result = term == null ? null : patients.search(term, 0);
        return Templates.search(term == null ? "" : term, result, code == null ? "" : code, PatientSearch.PAGE_SIZE);
    }
}
