package org.clinic.courses.web;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Who is signed in, for templates ({inject:currentUser.name}) and resources. */
@Named("currentUser")
@RequestScoped
public class CurrentUser {
    @Inject
    SecurityIdentity identity;

    public String name() {
        return identity.isAnonymous() ? null : identity.getPrincipal().getName();
    }

    public boolean isSignedIn() {
        return !identity.isAnonymous();
    }

    public boolean isNurse() {
        return identity.hasRole("NURSE");
    }

    public boolean isPhysician() {
        return identity.hasRole("PHYSICIAN");
    }

    public boolean isAdmin() {
        return identity.hasRole("ADMIN");
    }

    /** Nurses and physicians work with patients; administrators do not. */
    public boolean isClinician() {
        return isNurse() || isPhysician();
    }

    public String role() {
        return identity.getRoles().stream().findFirst().orElse("");
    }
}
