package org.clinic.courses.course;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.clinic.courses.security.Role;
import org.clinic.courses.web.InputCheck;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;

/** Courses over the JSON API: read (NURSE, PHYSICIAN); prescribe, stop, sign off (PHYSICIAN). */
@Path("/api") // shares its root with the dose and side-effect resources under courses/{id}/...
@RolesAllowed({Role.NURSE_NAME, Role.PHYSICIAN_NAME})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Courses")
public class CourseApi {
    /**
     * route IV_INFUSION|IV_INJECTION|IM_INJECTION; schedule DAILY|WEEKDAYS; dates YYYY-MM-DD; onsetAt ISO-8601.
     * limitOverrideReason: why a daily volume outside the drug's range, or a route it is not given by, is
     * prescribed all the same (recorded as an OVERRIDDEN flag); without it such a course is a 400.
     */
    public record CourseRequest(Long patientId, String drug, String indication, String route, BigDecimal dailyVolumeMl,
                                String startDate, Integer lengthDays, String schedule, String onsetAt,
                                String limitOverrideReason) {
        CourseInput input() {
            return new CourseInput(InputCheck.str(patientId), drug, indication, route, InputCheck.str(dailyVolumeMl),
                    startDate, InputCheck.str(lengthDays), schedule, onsetAt, limitOverrideReason);
        }
    }

    public record StopRequest(String reason) {
    }

    /** A sign-off is an electronic signature: the physician's password again (21 CFR 11.200). */
    public record SignOffRequest(String password) {
    }

    @Inject
    CourseService courses;
    @Inject
    CourseQueries queries;

    @POST
    @Path("courses")
    @Transactional
    @RolesAllowed(Role.PHYSICIAN_NAME)
    @Operation(summary = "Prescribe a course (PHYSICIAN); the response includes the flags it raised. A daily volume "
            + "outside the drug's range or a route it is not given by is a 400 unless limitOverrideReason is given")
    public Response prescribe(CourseRequest request) {
        CourseRequest r = request == null ? new CourseRequest(null, null, null, null, null, null, null, null, null, null) : request;
        TreatmentCourse c = courses.prescribe(r.input());
        return Response.created(URI.create("/api/courses/" + c.id)).entity(CourseView.of(queries.load(c.id))).build();
    }

    @GET
    @Path("courses")
    @Operation(summary = "Courses, newest first, optionally by patient and status (20 per page, page from 0)")
    public List<CourseView> list(@QueryParam("patientId") String patientId, @QueryParam("status") String status,
                                 @QueryParam("page") @DefaultValue("0") int page) {
        InputCheck check = new InputCheck();
        Long patient = check.id("patientId", patientId, false);
        CourseStatus wanted = check.oneOf("status", status, CourseStatus.class, false);
        check.throwIfAny();
        return queries.loadAll(queries.search(patient, wanted, page).courses()).stream().map(CourseView::of).toList();
    }

    @GET
    @Path("courses/{id}")
    public CourseView get(@PathParam("id") long id) {
        return CourseView.of(queries.load(id));
    }

    @POST
    @Transactional
    @Path("courses/{id}/stop")
    @RolesAllowed(Role.PHYSICIAN_NAME)
    @Operation(summary = "Stop a course with a reason (PHYSICIAN)")
    public CourseView stop(@PathParam("id") long id, StopRequest request) {
        courses.stop(id, request == null ? null : request.reason());
        return CourseView.of(queries.load(id));
    }

    @POST
    @Transactional
    @Path("courses/{id}/sign-off")
    @RolesAllowed(Role.PHYSICIAN_NAME)
    @Operation(summary = "Sign a course off (PHYSICIAN) with the physician's password in the body; 409 while a "
            + "critical flag is open or acknowledged; 400 on password when it is missing or wrong")
    public CourseView signOff(@PathParam("id") long id, SignOffRequest request) {
        courses.signOff(id, request == null ? null : request.password());
        return CourseView.of(queries.load(id));
    }
}
