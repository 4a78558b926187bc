package org.clinic.courses.security;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.FormAuthenticationMechanism;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import io.vertx.ext.web.RoutingContext;
import org.clinic.courses.audit.AuditLog;
import org.clinic.courses.web.Flash;

/** The login page (the form posts to /j_security_check), logout, and the landing page by role. */
@Path("/")
public class LoginResource {
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(boolean error, boolean loggedOut);
    }

    @Inject
    SecurityIdentity identity;
    @Inject
    AuditLog audit;
    @Inject
    SessionEpochs epochs;
    @Inject
    SessionCookies cookies;

    @GET
    @Path("login")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance login(@QueryParam("error") boolean error, @QueryParam("loggedOut") boolean loggedOut) {
        return Templates.login(error, loggedOut);
    }

    @POST
    @Path("logout")
    @Authenticated
    @Transactional
    public Response logout(RoutingContext rc) {
        audit.record("LOGOUT", "User", null, null);
        // Ends this account's sessions on every instance, copied cookies included.
        epochs.endSessions(identity.getPrincipal().getName());
        FormAuthenticationMechanism.logout(identity);
        cookies.clear(rc);
        return Response.seeOther(java.net.URI.create("/login?loggedOut=true")).build();
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Authenticated
    public Response home() {
        if (identity.hasRole(Role.ADMIN_NAME)) {
            return Flash.redirect("/admin/users");
        }
        if (identity.hasRole(Role.PHYSICIAN_NAME)) {
            return Flash.redirect("/physician"); // issue 14: the physician's landing page
        }
        return Flash.redirect("/worklist");
    }
}
