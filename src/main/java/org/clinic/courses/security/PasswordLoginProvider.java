package org.clinic.courses.security;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.clinic.courses.audit.AuditLog;

/**
 * Checks a username and password (form login and HTTP Basic) against the accounts table,
 * refusing disabled and locked-out accounts. Runs before the stock JPA provider, which then
 * never sees password requests.
 */
@ApplicationScoped
public class PasswordLoginProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {
    @Inject
    LoginGuard guard;
    @Inject
    AuditLog audit;
    @Inject
    AccountIdentities identities;

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public int priority() {
        return AccountIdentities.PROVIDER_PRIORITY;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
                                              AuthenticationRequestContext context) {
        RoutingContext rc = HttpSecurityUtils.getRoutingContextAttribute(request);
        String client = rc == null ? null : AuditLog.clientAddress(rc);
        boolean formLogin = rc != null && rc.normalizedPath().endsWith("/j_security_check");
        String username = request.getUsername();
        char[] password = request.getPassword().getPassword();
        SecurityIdentity remembered = formLogin ? null : identities.verified(username, password);
        if (remembered != null) {
            return Uni.createFrom().item(remembered);
        }
        return context.runBlocking(() -> {
            // The transaction commits the failure count and audit line before the login is refused.
            SecurityIdentity identity = QuarkusTransaction.requiringNew()
                    .call(() -> check(username, password, client, formLogin));
            if (identity == null) {
                throw new AuthenticationFailedException("login refused");
            }
            return identity;
        });
    }

    private SecurityIdentity check(String username, char[] password, String client, boolean formLogin) {
        if (guard.isLockedOut(username)) {
            audit.write(username, "LOGIN_LOCKED_OUT", "User", null, "too many failed logins", client);
            return null;
        }
        User user = User.findByUsername(username).orElse(null);
        if (user == null || !user.enabled || !BcryptUtil.matches(new String(password), user.passwordHash)) {
            guard.recordFailure(username, client);
            audit.write(username, "LOGIN_FAILURE", "User", user == null ? null : user.id,
                    user != null && !user.enabled ? "account disabled" : "wrong username or password", client);
            return null;
        }
        SecurityIdentity identity = identities.of(user);
        if (formLogin) {
            audit.write(username, "LOGIN", "User", user.id, "form login", client);
        } else {
            identities.rememberVerified(username, password, identity);
        }
        return identity;
    }
}
