package org.clinic.courses.worklist;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.clinic.courses.dose.DoseForm;
import org.clinic.courses.dose.DoseResource;
import org.clinic.courses.dose.DoseService;
import org.clinic.courses.dose.gs1.Gs1ElementString;
import org.clinic.courses.dose.gs1.Gs1Pack;
import org.clinic.courses.dose.gs1.LotRunOn;
import org.clinic.courses.dose.gs1.UnreadableScan;
import org.clinic.courses.security.Role;
import org.clinic.courses.web.*;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;
import org.clinic.courses.ward.Ward;
import org.clinic.courses.ward.WardService;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The nurse's list of today's doses. Each row logs its dose in place with htmx: the row is a
 * fragment, and failures answer 200 with the row showing its errors, since htmx does not swap
 * 4xx responses. Without JavaScript the same forms post to the dose pages and come back here.
 */
@Path("/worklist")
@RolesAllowed({Role.NURSE_NAME, Role.PHYSICIAN_NAME})
@Produces(MediaType.TEXT_HTML)
public class WorklistResource {
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(WorklistView worklist, List<PhysicianQueue.Ask> asks, SearchMiss.Miss miss);

        static native TemplateInstance index$row(WorklistRow row);
    }

    @Inject
    WorklistMessages messages;
    @Inject
    WorklistService worklist;
    @Inject
    DoseService doses;
    @Inject
    PhysicianQueue queue;
    @Inject
    CurrentUser user;

    @Inject
    WardService wards;
    @Inject
    SearchMiss misses;
    @Inject
    Clock clock;

    /** {@code ward}: a ward's code, "all", or absent for the user's remembered ward. */
    @GET
    public TemplateInstance index(@RestQuery String ward, @RestQuery String sort, @RestQuery String show,
                                  @RestQuery String q) {
        WardService.Wards known = wards.wardsFor(user.name());
        Ward shown = ward == null ? known.preferred().orElse(null)
                : known.all().stream().filter(w -> w.code.equals(ward)).findFirst().orElse(null);
        WorklistView view = WorklistView.of(worklist.today(shown == null ? null : shown.id), known.all(), shown, sort, show, q);
        SearchMiss.Miss miss = view.q().isEmpty() || view.shown() > 0 || !view.show().equals("all") ? null : misses.explain(view.q(), shown);
        return Templates.index(view, user.isPhysician() ? queue.open() : List.of(), miss);
    }

    /** The toolbar: the chosen ward is remembered for this user, then the list is shown (post/redirect/get). */
    @POST
    @Path("view")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response view(@RestForm String ward, @RestForm String sort, @RestForm String show, @RestForm String q) {
        String find = org.clinic.courses.patient.Wristband.read(q);
        String code = ward == null || ward.isBlank() || ward.equals("all") ? null : ward.strip();
        boolean known = code == null || wards.wardsFor(user.name()).all().stream().anyMatch(w -> w.code.equals(code));
        if (known) {
            wards.remember(user.name(), code);
        }
        // A ward that does not exist (any more) shows all wards and leaves the remembered one as it was.
        String to = "/worklist?ward=" + enc(known && code != null ? code : "all")
                + (sort != null && WorklistView.SORTS.contains(sort) ? "&sort=" + sort : "")
                + (show != null && WorklistView.FILTERS.contains(show) ? "&show=" + show : "")
                + (!find.isEmpty() && find.length() <= 100 ? "&q=" + enc(find) : "");
        return Response.seeOther(java.net.URI.create(to)).build();
    }

    /**
     * Enter in the scan field (the scanner's own Enter) reads the pack and saves nothing: the row shows what
     * was read, with a warning when the lot may have swallowed the serial, and the nurse confirms with Give.
     */
    private WorklistRow readPack(long courseId, DoseForm form) {
        Gs1Pack pack;
        try {
            pack = Gs1ElementString.parse(form.scan(), LocalDate.now(clock));
        } catch (UnreadableScan e) {
            return worklist.row(courseId, form, new FormErrors(List.of(new FieldError("scan", "Not readable: " + e.getMessage()))),
                    messages.notSavedFields());
        }
        DoseForm filled = new DoseForm(form.administeredAt(), form.route(), form.volumeMl(), form.status(), form.site(),
                pack.lot() != null ? pack.lot() : form.lotNumber(), form.diluent(), form.diluentVolumeMl(),
                form.infusionMinutes(), form.notes(), form.submissionToken(), form.returnTo(), form.shownAt(),
                form.confirmedVolumeMl(), form.scan());
        FormErrors warnings = LotRunOn.mayIncludeAnotherField(pack)
                ? new FormErrors(List.of(new FieldError("lotNumber", messages.lotMayIncludeSerial()))) : FormErrors.NONE;
        String read = messages.readFromPack(pack.lot(), pack.expiry() == null ? null : pack.expiry().toString(), pack.gtin(),
                pack.serial());
        return worklist.row(courseId, filled, warnings, read, true);
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** "Ask the physician" on a blocked row: audited, and the course goes to the top of the physician's queue. */
    @POST
    @Path("courses/{id}/ask-physician")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response askPhysician(@PathParam("id") long courseId, @HeaderParam("HX-Request") boolean htmx) {
        String message;
        FormErrors errors = FormErrors.NONE;
        try {
            queue.ask(courseId);
            message = messages.askedSaved();
        } catch (ConflictException e) {
            message = messages.notSaved(e.getMessage());
            errors = new FormErrors(List.of(new FieldError(null, e.getMessage())));
        }
        if (!htmx) {
            return Flash.redirect("/worklist", message);
        }
        return Response.ok(Templates.index$row(worklist.row(courseId, null, errors, message))).build();
    }

    @POST
    @Path("courses/{id}/administrations")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response record(@PathParam("id") long courseId, @HeaderParam("HX-Request") boolean htmx,
                           @RestForm String administeredAt, @RestForm String route, @RestForm String volumeMl,
                           @RestForm String status, @RestForm String site, @RestForm String lotNumber,
                           @RestForm String diluent, @RestForm String diluentVolumeMl, @RestForm String infusionMinutes,
                           @RestForm String notes, @RestForm String submissionToken,
                           @RestForm String shownAt, @RestForm String confirmedVolumeMl, @RestForm String scan,
                           @RestForm String read) {
        DoseForm form = new DoseForm(administeredAt, route, volumeMl, status, site, lotNumber, diluent, diluentVolumeMl,
                infusionMinutes, notes, submissionToken, "/worklist", shownAt, confirmedVolumeMl, scan);
        if (htmx && "pack".equals(read) && scan != null && !scan.isBlank()) {
            return Response.ok(Templates.index$row(readPack(courseId, form))).build();
        }
        WorklistRow row;
        String message;
        try {
            message = DoseResource.message(doses.recordForm(courseId, form));
            row = worklist.row(courseId, null, FormErrors.NONE, message);
        } catch (InvalidInputException e) {
            message = messages.notSavedFields();
            row = worklist.row(courseId, form, new FormErrors(e.errors()), message);
        } catch (ConflictException e) {
            message = messages.notSaved(e.getMessage());
            row = worklist.row(courseId, form, new FormErrors(List.of(new FieldError(null, e.getMessage()))), message);
        }
        if (!htmx) {
            return Flash.redirect("/worklist", message);
        }
        return Response.ok(Templates.index$row(row)).build();
    }
}
