package org.clinic.courses.catalog;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.MediaType;
import org.clinic.courses.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;

/** The drug catalog over the JSON API: every signed-in role reads it (clinicians need it); only ADMIN edits. */
@Path("/api/drugs")
@RolesAllowed({Role.NURSE_NAME, Role.PHYSICIAN_NAME, Role.ADMIN_NAME})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Drug catalog")
public class DrugApi {
    public record DrugEntry(String code, String name, int revision, Instant updatedAt, String updatedBy,
                            DrugDefinition definition) {
    }

    @Inject
    DrugCatalog catalog;
    @Inject
    DrugAdmin admin;

    @GET
    @Operation(summary = "All drugs with their definitions (NURSE, PHYSICIAN, ADMIN)")
    public List<DrugEntry> list() {
        return catalog.all().stream().map(this::entry).toList();
    }

    @GET
    @Path("{code}")
    @Operation(summary = "One drug's definition: routes and limits, protocols, contraindications, interactions (all roles)")
    public DrugEntry get(@PathParam("code") String code) {
        return entry(admin.get(code));
    }

    @PUT
    @Path("{code}")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Replace a drug's definition (ADMIN); the previous one is kept as a revision")
    public DrugEntry update(@PathParam("code") String code, DrugDefinition definition) {
        return entry(admin.update(code, definition));
    }

    private DrugEntry entry(Drug d) {
        return new DrugEntry(d.code, d.name, d.revision, d.updatedAt, d.updatedBy, catalog.definitionOf(d));
    }
}
