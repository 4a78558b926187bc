package org.clinic.courses.worklist;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.MediaType;
import org.clinic.courses.course.Route;
import org.clinic.courses.dose.AdministrationResponse;
import org.clinic.courses.security.Role;
import org.clinic.courses.ward.Ward;
import org.clinic.courses.ward.WardService;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/** {@code GET /api/worklist?ward=<code>}: today's due, held and done courses of a ward (all wards without one). */
@Path("/api/worklist")
@RolesAllowed({Role.NURSE_NAME, Role.PHYSICIAN_NAME})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Worklist")
public class WorklistApi {
    public record Item(long courseId, long patientId, String mrn, String familyName, String givenName, String bed,
                       String drug, Route route, BigDecimal dailyVolumeMl, int courseDay, int lengthDays, String state,
                       boolean blocked, List<AdministrationResponse> administrations) {
        static Item of(WorklistRow r) {
            var p = r.course().patient;
            return new Item(r.course().id, p.id, p.mrn, p.familyName, p.givenName, r.bed().isEmpty() ? null : r.bed(),
                    r.drugName(), r.course().route, AdministrationResponse.plain(r.course().dailyVolumeMl), r.courseDay(),
                    r.course().lengthDays, r.state().toUpperCase(), r.blocked() && !r.complete(),
                    r.today().stream().map(a -> AdministrationResponse.of(a, null)).toList());
        }
    }

    public record Worklist(LocalDate date, String ward, List<Item> courses) {
    }

    @Inject
    WorklistService worklist;
    @Inject
    WardService wards;

    @GET
    public Worklist get(@RestQuery String ward) {
        Ward w = ward == null || ward.isBlank() ? null : wards.byCode(ward);
        WorklistService.Worklist list = worklist.today(w == null ? null : w.id);
        List<Item> items = Stream.concat(list.due().stream(), list.complete().stream())
                .sorted(WorklistView.BY_BED).map(Item::of).toList();
        return new Worklist(list.today(), w == null ? null : w.code, items);
    }
}
