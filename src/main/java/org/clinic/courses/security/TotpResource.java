package org.clinic.courses.security;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.clinic.courses.web.Flash;
import org.clinic.courses.web.FormErrors;
import org.clinic.courses.web.InvalidInputException;
import io.vertx.ext.web.RoutingContext;
import org.jboss.resteasy.reactive.RestForm;

import java.util.List;

/**
 * The account's second factor: set it up (key shown once, as a QR code and as text; it takes effect
 * when a first code confirms it; the recovery codes are shown once), or turn it off with password and code.
 */
@Path(TotpResource.PATH)
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class TotpResource {
    public static final String PATH = "/account/totp";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance status(boolean enabled, boolean required, FormErrors errors);

        static native TemplateInstance enrol(SecondFactor.Enrolment enrolment, FormErrors errors);

        static native TemplateInstance recovery(List<String> codes);
    }

    @Inject
    SecurityIdentity identity;
    @Inject
    SecondFactor secondFactor;
    @Inject
    TotpMessages messages;
    @Inject
    SessionCookies cookies;

    @GET
    public TemplateInstance status() {
        return Templates.status(enabled(), required(), FormErrors.NONE);
    }

    @POST
    @Path("start")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response start(@RestForm String password) {
        try {
            return Response.ok(Templates.enrol(secondFactor.start(username(), password), FormErrors.NONE)).build();
        } catch (InvalidInputException e) {
            return Response.status(400).entity(Templates.status(enabled(), required(), new FormErrors(e.errors()))).build();
        }
    }

    @POST
    @Path("confirm")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response confirm(@RestForm String code, RoutingContext rc) {
        try {
            List<String> recovery = secondFactor.confirm(username(), code);
            keepThisSession(rc);
            return Response.ok(Templates.recovery(recovery)).build();
        } catch (InvalidInputException e) {
            // The key is not shown again: the app holds it already; a new setup starts over.
            return Response.status(400).entity(Templates.enrol(null, new FormErrors(e.errors()))).build();
        }
    }

    @POST
    @Path("disable")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response disable(@RestForm String password, @RestForm String code, RoutingContext rc) {
        try {
            secondFactor.disable(username(), password, code);
            keepThisSession(rc);
            return Flash.redirect(PATH, messages.disabled());
        } catch (InvalidInputException e) {
            return Response.status(400).entity(Templates.status(enabled(), required(), new FormErrors(e.errors()))).build();
        }
    }

    /** The change ended the account's other sessions (a new epoch); this one goes on with a ticket of it. */
    private void keepThisSession(RoutingContext rc) {
        int epoch = User.findByUsername(username()).orElseThrow().sessionEpoch;
        cookies.write(rc, cookies.newTicket(username(), epoch));
    }

    private String username() {
        return identity.getPrincipal().getName();
    }

    private boolean enabled() {
        return User.findByUsername(username()).map(u -> u.totpEnabled).orElse(false);
    }

    private boolean required() {
        return Boolean.TRUE.equals(identity.getAttribute(AccountIdentities.MUST_ENROL_TOTP));
    }
}
