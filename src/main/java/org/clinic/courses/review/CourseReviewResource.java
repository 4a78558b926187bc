package org.clinic.courses.review;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.clinic.courses.catalog.DrugCatalog;
import org.clinic.courses.course.CourseQueries;
import org.clinic.courses.course.CourseRecord;
import org.clinic.courses.course.CourseMessages;
import org.clinic.courses.course.CourseService;
import org.clinic.courses.course.CourseSheet;
import org.clinic.courses.safety.Flag;
import org.clinic.courses.safety.FlagLifecycle;
import org.clinic.courses.safety.FlagMessages;
import org.clinic.courses.safety.FlagResource;
import org.clinic.courses.security.Role;
import org.clinic.courses.web.*;
import org.jboss.resteasy.reactive.RestForm;

import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;

/**
 * Review in place: acknowledge, override and resolve a flag from its course page (back to the course
 * after each), and the sign-off confirmation that shows what is still outstanding.
 */
@Path("/") // shares its root with the other course resources under courses/{id}/...
@RolesAllowed({Role.NURSE_NAME, Role.PHYSICIAN_NAME})
@Produces(MediaType.TEXT_HTML)
public class CourseReviewResource {
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance flag(Flag flag, FormErrors errors, FormValues typed);

        static native TemplateInstance signOff(CourseSheet sheet, SignOffSummary summary, FormErrors errors,
                                                String meaning);
    }

    @Inject
    FlagLifecycle lifecycle;
    @Inject
    FlagMessages flagMessages;
    @Inject
    CourseQueries queries;
    @Inject
    DrugCatalog catalog;
    @Inject
    Clock clock;
    @Inject
    CourseService courses;
    @Inject
    CourseMessages courseMessages;

    @POST
    @Path("courses/{id}/flags/{flag}/acknowledge")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response acknowledge(@PathParam("id") long id, @PathParam("flag") long flag, @RestForm String note) {
        Flag f = flagOf(id, flag);
        return act(f, "note", note, () -> flagMessages.acknowledged(f.code.label(), id), () -> lifecycle.acknowledge(flag, note));
    }

    @POST
    @Path("courses/{id}/flags/{flag}/override")
    @RolesAllowed(Role.PHYSICIAN_NAME)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response override(@PathParam("id") long id, @PathParam("flag") long flag, @RestForm String reason,
                             @RestForm String password) {
        Flag f = flagOf(id, flag);
        return act(f, "override", reason, () -> flagMessages.overridden(f.code.label(), id),
                () -> lifecycle.override(flag, reason, password));
    }

    @POST
    @Path("courses/{id}/flags/{flag}/resolve")
    @RolesAllowed(Role.PHYSICIAN_NAME)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response resolve(@PathParam("id") long id, @PathParam("flag") long flag, @RestForm String reason) {
        Flag f = flagOf(id, flag);
        return act(f, "resolve", reason, () -> flagMessages.resolved(f.code.label(), id), () -> lifecycle.resolve(flag, reason));
    }

    /** Asks before signing off, listing the days not given, the days to come and the flags still open. */
    @GET
    @Path("courses/{id}/sign-off")
    @RolesAllowed(Role.PHYSICIAN_NAME)
    public TemplateInstance confirmSignOff(@PathParam("id") long id) {
        return signOffPage(id, FormErrors.NONE);
    }

    /** The physician's password signs the sign-off (21 CFR 11.200); a wrong one is shown at its field. */
    @POST
    @Path("courses/{id}/sign-off")
    @RolesAllowed(Role.PHYSICIAN_NAME)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signOff(@PathParam("id") long id, @RestForm String password) {
        try {
            courses.signOff(id, password);
            return Flash.redirect("/courses/" + id, courseMessages.signedOff());
        } catch (InvalidInputException e) {
            return Response.status(400).entity(signOffPage(id, new FormErrors(e.errors()))).build();
        } catch (ConflictException e) {
            return Response.status(409).entity(signOffPage(id,
                    new FormErrors(List.of(new FieldError(null, e.getMessage()))))).build();
        }
    }

    private TemplateInstance signOffPage(long id, FormErrors errors) {
        CourseRecord r = queries.load(id);
        CourseSheet sheet = CourseSheet.of(r, catalog.find(r.course().drugCode).orElse(null), clock.getZone());
        return Templates.signOff(sheet, SignOffSummary.of(sheet, r.today()), errors, CourseService.SIGN_OFF_MEANING);
    }

    private Response act(Flag f, String field, String typedText, Supplier<String> done, Runnable step) {
        long courseId = f.course.id;
        FormValues typed = FormValues.of(field + "-" + f.id, typedText);
        try {
            step.run();
            return Flash.redirect("/courses/" + courseId + "#flag-" + f.id, done.get());
        } catch (InvalidInputException e) {
            List<FieldError> errors = e.errors().stream()
                    .map(x -> new FieldError(FlagResource.errorKey(field, f.id, x), x.message())).toList();
            return Response.status(400).entity(Templates.flag(f, new FormErrors(errors), typed)).build();
        } catch (ConflictException e) {
            return Response.status(409).entity(Templates.flag(f,
                    new FormErrors(List.of(new FieldError(null, e.getMessage()))), typed)).build();
        }
    }

    /** The flag, if it belongs to this course; otherwise 404 (a flag is reviewed from its own course only). */
    private static Flag flagOf(long courseId, long flagId) {
        Flag f = Flag.<Flag>find("select f from Flag f join fetch f.course c join fetch c.patient where f.id = ?1", flagId)
                .firstResultOptional().orElseThrow(NotFoundException::new);
        if (!f.course.id.equals(courseId)) throw new NotFoundException();
        return f;
    }
}
