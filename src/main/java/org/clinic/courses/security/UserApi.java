package org.clinic.courses.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.clinic.courses.web.FieldError;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Accounts over the JSON API (ADMIN). */
@Path("/api/users")
@RolesAllowed(Role.ADMIN_NAME)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Users")
public class UserApi {
    public record UserView(long id, String username, String role, boolean enabled, Instant createdAt,
                           String fullName, String qualification, String contact) {
        static UserView of(User u) {
            return new UserView(u.id, u.username, u.role, u.enabled, u.createdAt, u.fullName, u.qualification, u.contact);
        }
    }

    /** A new account; the full name, qualification and contact (as on the reports it confirms) may come at once. */
    public record NewUser(String username, String password, String role, String fullName, String qualification,
                          String contact) {
        Accounts.NewAccount account() {
            return new Accounts.NewAccount(username, password, role);
        }

        Profiles.Profile profile() {
            return new Profiles.Profile(fullName, qualification, contact);
        }

        boolean hasProfile() {
            return fullName != null || qualification != null || contact != null;
        }
    }

    public record EnabledRequest(Boolean enabled) {
    }

    public record PasswordRequest(String password) {
    }

    @Inject
    Accounts accounts;
    @Inject
    Profiles profiles;
    @Inject
    SecondFactor secondFactor;

    @POST
    @Transactional
    public Response create(NewUser request) {
        if (request == null) {
            throw new org.clinic.courses.web.InvalidInputException("body", "A JSON object with username, password and role");
        }
        List<FieldError> errors = new ArrayList<>(accounts.problems(request.account()));
        errors.addAll(Profiles.validate(request.profile()));
        if (!errors.isEmpty()) {
            throw new org.clinic.courses.web.InvalidInputException(errors);
        }
        User user = accounts.createValidated(request.account());
        if (request.hasProfile()) {
            user = profiles.save(user.id, request.profile());
        }
        return Response.created(URI.create("/api/users/" + user.id)).entity(UserView.of(user)).build();
    }

    @GET
    public List<UserView> list() {
        return User.<User>listAll(io.quarkus.panache.common.Sort.by("username")).stream().map(UserView::of).toList();
    }

    @GET
    @Path("{id}")
    public UserView get(@PathParam("id") long id) {
        return User.<User>findByIdOptional(id).map(UserView::of).orElseThrow(NotFoundException::new);
    }

    @PUT
    @Path("{id}/enabled")
    public UserView setEnabled(@PathParam("id") long id, EnabledRequest request) {
        if (request == null || request.enabled() == null) {
            throw new org.clinic.courses.web.InvalidInputException("enabled", "true or false");
        }
        return UserView.of(accounts.setEnabled(id, request.enabled()));
    }

    /** Full name, qualification and contact, as printed on the reports the user confirms. */
    @PUT
    @Path("{id}/profile")
    public UserView setProfile(@PathParam("id") long id, Profiles.Profile request) {
        if (request == null) {
            throw new org.clinic.courses.web.InvalidInputException("body", "A JSON object with fullName, qualification and contact");
        }
        return UserView.of(profiles.save(id, request));
    }

    /** Sets a temporary password; the account must choose its own at its next login. */
    @PUT
    @Path("{id}/password")
    public UserView resetPassword(@PathParam("id") long id, PasswordRequest request) {
        if (request == null || request.password() == null) {
            throw new org.clinic.courses.web.InvalidInputException("password", "The temporary password");
        }
        return UserView.of(accounts.resetPassword(id, request.password()));
    }

    /** Removes the account's second factor (a lost phone); audited as TOTP_RESET. */
    @DELETE
    @Path("{id}/totp")
    public UserView resetSecondFactor(@PathParam("id") long id) {
        return UserView.of(secondFactor.reset(id));
    }
}
