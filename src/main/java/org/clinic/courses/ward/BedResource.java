package org.clinic.courses.ward;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.clinic.courses.dose.FormInput;
import org.clinic.courses.patient.Patient;
import org.clinic.courses.security.Role;
import org.clinic.courses.web.*;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

import java.util.List;

/**
 * Page: a patient's bed, set on admission and transfer (nurse, physician). Its own root: a path on another
 * class starting with /patients would be matched by PatientResource first and never reach this class.
 */
@Path("/beds")
@Produces(MediaType.TEXT_HTML)
public class BedResource {
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance bed(Patient patient, List<Ward> wards, List<BedAssignment> history, String ward,
                                           String bed, String returnTo, FormErrors errors);
    }

    @Inject
    WardService wards;

    @GET
    @Path("{id}")
    @RolesAllowed({Role.NURSE_NAME, Role.PHYSICIAN_NAME})
    public TemplateInstance bed(@PathParam("id") long patientId, @RestQuery String returnTo) {
        return page(patientId, null, null, FormInput.localPath(returnTo, "/beds/" + patientId), FormErrors.NONE);
    }

    @POST
    @Path("{id}")
    @RolesAllowed({Role.NURSE_NAME, Role.PHYSICIAN_NAME})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response assign(@PathParam("id") long patientId, @RestForm String ward, @RestForm String bed,
                           @RestForm String returnTo) {
        String back = FormInput.localPath(returnTo, "/beds/" + patientId);
        try {
            BedAssignment a = wards.assign(patientId, ward, bed);
            Patient p = Patient.findById(patientId);
            return Flash.redirect(back, MessageBundles.get(WardMessages.class)
                    .assigned(p.givenName, p.familyName, a.ward.name, a.bed));
        } catch (InvalidInputException e) {
            return Response.status(400).entity(page(patientId, ward, bed, back, new FormErrors(e.errors()))).build();
        }
    }

    private TemplateInstance page(long patientId, String ward, String bed, String returnTo, FormErrors errors) {
        Patient p = Patient.findById(patientId);
        if (p == null) {
            throw new NotFoundException("Unknown patient " + patientId);
        }
        List<BedAssignment> history = wards.history(patientId);
        String w = ward != null ? ward : history.isEmpty() || history.get(0).endedAt != null ? "" : history.get(0).ward.code;
        return Templates.bed(p, wards.all().stream().filter(x -> x.active).toList(), history, w, bed == null ? "" : bed,
                returnTo, errors);
    }
}
