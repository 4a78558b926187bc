package org.clinic.courses.security;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.clinic.courses.web.ConflictException;
import org.clinic.courses.web.FieldError;
import org.clinic.courses.web.Flash;
import org.clinic.courses.web.FormErrors;
import org.clinic.courses.web.InvalidInputException;
import org.jboss.resteasy.reactive.RestForm;

import java.util.List;

/** Account administration pages (ADMIN). */
@Path("/admin/users")
@RolesAllowed(Role.ADMIN_NAME)
@Produces(MediaType.TEXT_HTML)
public class UserResource {
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<User> users, Accounts.NewAccount form, FormErrors errors, List<Role> roles,
                                            List<Qualification> qualifications, long profileUser);

        static native TemplateInstance resetPassword(User user, FormErrors errors);
    }

    @Inject
    UserMessages messages;
    @Inject
    Accounts accounts;
    @Inject
    SecondFactor secondFactor;
    @Inject
    TotpMessages totpMessages;
    @Inject
    Profiles profiles;

    @GET
    public TemplateInstance list() {
        return page(new Accounts.NewAccount("", "", Role.NURSE.name()), FormErrors.NONE);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@RestForm String username, @RestForm String password, @RestForm String role) {
        Accounts.NewAccount form = new Accounts.NewAccount(username, password, role);
        try {
            User user = accounts.create(form);
            return Flash.redirect("/admin/users", messages.accountCreated(user.username));
        } catch (InvalidInputException e) {
            return Response.status(400).entity(page(blankPassword(form), new FormErrors(e.errors()))).build();
        } catch (ConflictException e) {
            return Response.status(409).entity(page(blankPassword(form),
                    new FormErrors(List.of(new FieldError("username", e.getMessage()))))).build();
        }
    }

    @POST
    @Path("{id}/enabled")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response setEnabled(@PathParam("id") long id, @RestForm String enabled) {
        if (!"true".equals(enabled) && !"false".equals(enabled)) {
            return Flash.redirect("/admin/users", messages.nothingChanged());
        }
        return setEnabled(id, Boolean.parseBoolean(enabled));
    }

    @POST
    @Path("{id}/profile")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response setProfile(@PathParam("id") long id, @RestForm String fullName, @RestForm String qualification,
                               @RestForm String contact) {
        try {
            if (fullName == null && qualification == null && contact == null) {
                // a browser always sends the three fields, if only empty: this is not the profile form
                throw new InvalidInputException("fullName", messages.profileFieldsMissing());
            }
            User user = profiles.save(id, new Profiles.Profile(fullName, qualification, contact));
            return Flash.redirect("/admin/users", messages.profileSaved(user.username));
        } catch (InvalidInputException e) {
            return Response.status(400).entity(page(new Accounts.NewAccount("", "", Role.NURSE.name()),
                    new FormErrors(e.errors()), id)).build();
        }
    }

    @GET
    @Path("{id}/password")
    public TemplateInstance resetPasswordForm(@PathParam("id") long id) {
        return Templates.resetPassword(User.<User>findByIdOptional(id).orElseThrow(NotFoundException::new), FormErrors.NONE);
    }

    @POST
    @Path("{id}/password")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response resetPassword(@PathParam("id") long id, @RestForm String password) {
        try {
            User user = accounts.resetPassword(id, password);
            return Flash.redirect("/admin/users", messages.passwordReset(user.username));
        } catch (InvalidInputException e) {
            User user = User.<User>findByIdOptional(id).orElseThrow(NotFoundException::new);
            return Response.status(400).entity(Templates.resetPassword(user, new FormErrors(e.errors()))).build();
        }
    }

    /** A lost phone: the account signs in with its password again and may set up a new second factor. */
    @POST
    @Path("{id}/totp/reset")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response resetSecondFactor(@PathParam("id") long id) {
        User user = secondFactor.reset(id);
        return Flash.redirect("/admin/users", totpMessages.reset(user.username));
    }

    private Response setEnabled(long id, boolean enabled) {
        try {
            User user = accounts.setEnabled(id, enabled);
            return Flash.redirect("/admin/users", enabled ? messages.accountEnabled(user.username)
                    : messages.accountDisabled(user.username));
        } catch (InvalidInputException e) {
            return Flash.redirect("/admin/users", e.errors().get(0).message());
        }
    }

    private static Accounts.NewAccount blankPassword(Accounts.NewAccount form) {
        return new Accounts.NewAccount(form.username(), "", form.role());
    }

    private TemplateInstance page(Accounts.NewAccount form, FormErrors errors) {
        return page(form, errors, -1);
    }

    /** @param profileUser the user whose profile form the errors belong to, or -1 */
    private TemplateInstance page(Accounts.NewAccount form, FormErrors errors, long profileUser) {
        return Templates.list(User.listAll(io.quarkus.panache.common.Sort.by("username")), form, errors, List.of(Role.values()),
                List.of(Qualification.values()), profileUser);
    }
}
