package org.clinic.courses.meddra;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.clinic.courses.audit.AuditLog;
import org.clinic.courses.security.Role;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.util.List;

/**
 * {@code /api/meddra/releases}: import a MedDRA release (ADMIN, multipart: {@code llt}, {@code pt},
 * {@code mdhier} files, {@code version} or a {@code release} file) and list the imported ones.
 */
@Path("/api/meddra/releases")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "MedDRA")
public class MeddraApi {
    @Inject
    MeddraImport importer;
    @Inject
    MeddraDictionary dictionary;
    @Inject
    AuditLog audit;

    @POST
    @RolesAllowed(Role.ADMIN_NAME)
    @Consumes({MediaType.MULTIPART_FORM_DATA, MediaType.APPLICATION_FORM_URLENCODED})
    public Response upload(@RestForm String version, @RestForm FileUpload llt, @RestForm FileUpload pt,
                           @RestForm FileUpload mdhier, @RestForm FileUpload release) {
        var imported = importer.run(version, MeddraResource.files(llt, pt, mdhier, release), audit.currentUser());
        return Response.status(201).entity(imported).build();
    }

    /** Any other body (JSON, none): a 400 for an administrator, and the role check first for anyone else. */
    @POST
    @RolesAllowed(Role.ADMIN_NAME)
    @Consumes({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    public Response notMultipart() {
        throw new org.clinic.courses.web.InvalidInputException("llt", "send llt, pt and mdhier as multipart/form-data files");
    }

    @GET
    @RolesAllowed({Role.ADMIN_NAME, Role.PHYSICIAN_NAME})
    public List<MeddraDictionary.Release> list() {
        return dictionary.releases();
    }
}
