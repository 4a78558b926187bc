package org.clinic.courses.catalog;

import io.quarkus.panache.common.Sort;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.clinic.courses.security.Role;
import org.clinic.courses.web.Flash;
import org.clinic.courses.web.FormErrors;
import org.clinic.courses.web.InvalidInputException;
import org.jboss.resteasy.reactive.RestForm;

import java.util.List;

/** Drug catalog pages (ADMIN): the list, one drug's definition in tables, and its edit form. */
@Path("/admin/drugs")
@RolesAllowed(Role.ADMIN_NAME)
@Produces(MediaType.TEXT_HTML)
public class DrugResource {
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<Drug> drugs);

        static native TemplateInstance view(Drug drug, DrugDefinition definition, List<DrugRevision> revisions,
                                            DrugAdmin.Form form, FormErrors errors);
    }

    @Inject
    DrugMessages messages;
    @Inject
    DrugCatalog catalog;
    @Inject
    DrugAdmin admin;

    @GET
    public TemplateInstance list() {
        return Templates.list(catalog.all());
    }

    @GET
    @Path("{code}")
    public TemplateInstance view(@PathParam("code") String code) {
        Drug drug = admin.get(code);
        DrugDefinition d = catalog.definitionOf(drug);
        return page(drug, d, admin.formOf(d), FormErrors.NONE);
    }

    @POST
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("code") String code, @RestForm String name, @RestForm String description,
                           @RestForm String concentrationMgPerMl, @RestForm String minAgeYears,
                           @RestForm String dailyMinMl, @RestForm String dailyMaxMl, @RestForm String persistenceDays,
                           @RestForm String lists) {
        Drug drug = admin.get(code);
        DrugAdmin.Form form = new DrugAdmin.Form(name, description, concentrationMgPerMl, minAgeYears, dailyMinMl,
                dailyMaxMl, persistenceDays, lists);
        try {
            Drug saved = admin.update(code, admin.fromForm(code, form));
            return Flash.redirect("/admin/drugs/" + code, messages.savedAsRevision(saved.name, saved.revision));
        } catch (InvalidInputException e) {
            return Response.status(400).entity(page(drug, catalog.definitionOf(drug), form, new FormErrors(e.errors())))
                    .build();
        }
    }

    private TemplateInstance page(Drug drug, DrugDefinition d, DrugAdmin.Form form, FormErrors errors) {
        List<DrugRevision> revisions = DrugRevision.list("drugCode", Sort.descending("revision"), drug.code);
        return Templates.view(drug, d, revisions, form, errors);
    }
}
