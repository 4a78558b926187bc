package org.clinic.courses.dose;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.clinic.courses.catalog.DrugCatalog;
import org.clinic.courses.catalog.DrugDefinition;
import org.clinic.courses.course.Route;
import org.clinic.courses.course.TreatmentCourse;
import org.clinic.courses.security.Role;
import org.clinic.courses.web.*;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** Pages to log an administration and to void one. */
@Path("/")
@RolesAllowed({Role.NURSE_NAME, Role.PHYSICIAN_NAME})
@Produces(MediaType.TEXT_HTML)
public class DoseResource {
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(TreatmentCourse course, DrugDefinition drug, DoseForm form, FormErrors errors,
                                            List<AdministrationStatus> statuses, List<Route> routes,
                                            Administration correcting, String reason);

        static native TemplateInstance voidForm(Administration administration, String reason, String returnTo,
                                                FormErrors errors);
    }

    @Inject
    DoseService doses;
    @Inject
    DoseCorrection corrections;
    @Inject
    DrugCatalog catalog;
    @Inject
    Clock clock;

    @GET
    @Path("courses/{id}/administrations/new")
    public TemplateInstance newForm(@PathParam("id") long courseId, @RestQuery String returnTo) {
        TreatmentCourse course = courseWithPatient(courseId);
        DrugDefinition drug = catalog.definition(course.drugCode);
        // As on the worklist: the IM site after the last one used on this course.
        List<String> sites = drug.route(course.route).map(DrugDefinition.RouteLimit::sites).orElse(List.of());
        String lastSite = sites.isEmpty() ? null : Administration.<Administration>find("course.id = ?1 and voided = false "
                        + "and status = ?2 and site is not null order by administeredAt desc, id desc", courseId,
                AdministrationStatus.GIVEN).firstResultOptional().map(a -> a.site).orElse(null);
        return page(course, drug, DoseForm.prefill(course, drug, clock.instant(), clock.getZone(),
                FormInput.localPath(returnTo, ""), SiteRotation.next(sites, lastSite)), FormErrors.NONE);
    }

    @POST
    @Path("courses/{id}/administrations")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response record(@PathParam("id") long courseId, @RestForm String administeredAt, @RestForm String route,
                           @RestForm String volumeMl, @RestForm String status, @RestForm String site,
                           @RestForm String lotNumber, @RestForm String diluent, @RestForm String diluentVolumeMl,
                           @RestForm String infusionMinutes, @RestForm String notes, @RestForm String submissionToken,
                           @RestForm String shownAt, @RestForm String confirmedVolumeMl, @RestForm String scan,
                           @RestForm String returnTo) {
        DoseForm form = new DoseForm(administeredAt, route, volumeMl, status, site, lotNumber, diluent, diluentVolumeMl,
                infusionMinutes, notes, submissionToken, returnTo, shownAt, confirmedVolumeMl, scan);
        try {
            DoseService.Result result = doses.recordForm(courseId, form);
            return Flash.redirect(FormInput.localPath(returnTo, "/courses/" + courseId), message(result));
        } catch (InvalidInputException e) {
            return rerender(courseId, form, 400, e.errors());
        } catch (IdempotencyMismatchException e) {
            return rerender(courseId, form, 422, List.of(new FieldError(null, e.getMessage())));
        } catch (ConflictException e) {
            return rerender(courseId, form, 409, List.of(new FieldError(null, e.getMessage())));
        }
    }

    public static String message(DoseService.Result result) {
        AdministrationResponse a = result.administration();
        DoseMessages words = MessageBundles.get(DoseMessages.class);
        String what = what(a);
        return result.replayed() ? words.alreadyRecorded(what, a.courseDay(), a.flags().size())
                : words.recorded(what, a.courseDay(), a.flags().size());
    }

    static String what(AdministrationResponse a) {
        DoseMessages words = MessageBundles.get(DoseMessages.class);
        return a.status() == AdministrationStatus.GIVEN ? words.givenMl(a.volumeMl().toPlainString())
                : words.notGiven(a.status().name().toLowerCase());
    }

    @GET
    @Path("administrations/{aid}/correct")
    public TemplateInstance correctForm(@PathParam("aid") long id, @RestQuery String returnTo) {
        Administration a = administration(id);
        return correctionPage(a, catalog.definition(a.course.drugCode),
                DoseForm.of(a, clock.getZone(), FormInput.localPath(returnTo, "")), "", FormErrors.NONE);
    }

    @POST
    @Path("administrations/{aid}/correct")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response correct(@PathParam("aid") long id, @RestForm String administeredAt, @RestForm String route,
                            @RestForm String volumeMl, @RestForm String status, @RestForm String site,
                            @RestForm String lotNumber, @RestForm String diluent, @RestForm String diluentVolumeMl,
                            @RestForm String infusionMinutes, @RestForm String notes, @RestForm String submissionToken,
                            @RestForm String shownAt, @RestForm String confirmedVolumeMl, @RestForm String scan,
                            @RestForm String returnTo, @RestForm String reason) {
        DoseForm form = new DoseForm(administeredAt, route, volumeMl, status, site, lotNumber, diluent, diluentVolumeMl,
                infusionMinutes, notes, submissionToken, returnTo, shownAt, confirmedVolumeMl, scan);
        List<FieldError> problem;
        int code;
        try {
            DoseService.Result result = corrections.correctForm(id, form, reason);
            DoseMessages words = MessageBundles.get(DoseMessages.class);
            return Flash.redirect(FormInput.localPath(returnTo, "/courses/" + result.courseId()),
                    result.replayed() ? words.alreadyCorrected(what(result.administration()), result.administration().courseDay())
                            : words.corrected(what(result.administration()), result.administration().courseDay()));
        } catch (InvalidInputException e) {
            problem = e.errors();
            code = 400;
        } catch (IdempotencyMismatchException e) {
            problem = List.of(new FieldError(null, e.getMessage()));
            code = 422;
        } catch (ConflictException e) {
            problem = List.of(new FieldError(null, e.getMessage()));
            code = 409;
        }
        Administration a = administration(id);
        return Response.status(code).entity(correctionPage(a, catalog.definition(a.course.drugCode), form, reason,
                new FormErrors(problem))).build();
    }

    @GET
    @Path("administrations/{aid}/void")
    public TemplateInstance voidForm(@PathParam("aid") long id) {
        return Templates.voidForm(administration(id), "", "", FormErrors.NONE);
    }

    @POST
    @Path("administrations/{aid}/void")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response voidRecord(@PathParam("aid") long id, @RestForm String reason, @RestForm String returnTo) {
        try {
            DoseService.Result result = doses.voidRecord(id, reason);
            return Flash.redirect(FormInput.localPath(returnTo, "/courses/" + result.courseId()),
                    MessageBundles.get(DoseMessages.class).voided());
        } catch (InvalidInputException e) {
            return Response.status(400).entity(Templates.voidForm(administration(id), reason, returnTo,
                    new FormErrors(e.errors()))).build();
        } catch (ConflictException e) {
            return Response.status(409).entity(Templates.voidForm(administration(id), reason, returnTo,
                    new FormErrors(List.of(new FieldError(null, e.getMessage()))))).build();
        }
    }

    private Response rerender(long courseId, DoseForm form, int status, List<FieldError> errors) {
        TreatmentCourse course = courseWithPatient(courseId);
        return Response.status(status).entity(page(course, catalog.definition(course.drugCode), form,
                new FormErrors(errors))).build();
    }

    private TemplateInstance page(TreatmentCourse course, DrugDefinition drug, DoseForm form, FormErrors errors) {
        List<Route> routes = drug.routes().stream().map(DrugDefinition.RouteLimit::route).toList();
        return Templates.form(course, drug, form, errors, List.of(AdministrationStatus.values()), routes, null, "");
    }

    /** The dose form prefilled with a stored record, to correct it; {@code reason} says what was wrong. */
    static TemplateInstance correctionPage(Administration original, DrugDefinition drug, DoseForm form, String reason,
                                           FormErrors errors) {
        List<Route> routes = drug.routes().stream().map(DrugDefinition.RouteLimit::route).toList();
        return Templates.form(original.course, drug, form, errors, List.of(AdministrationStatus.values()), routes,
                original, reason == null ? "" : reason);
    }

    static TreatmentCourse courseWithPatient(long id) {
        return TreatmentCourse.<TreatmentCourse>find("from TreatmentCourse c join fetch c.patient where c.id = ?1", id)
                .firstResultOptional().orElseThrow(() -> new NotFoundException("Unknown course " + id));
    }

    static Administration administration(long id) {
        return Administration.<Administration>find("from Administration a join fetch a.course c join fetch c.patient "
                + "where a.id = ?1", id).firstResultOptional().orElseThrow(() -> new NotFoundException("Unknown administration " + id));
    }
}
