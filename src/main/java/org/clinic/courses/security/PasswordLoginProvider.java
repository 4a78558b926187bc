package org.clinic.courses.security;

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
 * Checks a username and password (form login and HTTP Basic) against the accounts table, with
 * throttling instead of lock-out and the same work for known and unknown usernames. A form login
 * must carry the login form's token (bound to the visitor's pre-session). Runs before the stock
 * JPA provider, which then never sees password requests.
 */
@ApplicationScoped
public class PasswordLoginProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {
    @Inject
    LoginThrottle throttle;
    @Inject
    AuditLog audit;
    @Inject
    AccountIdentities identities;
    @Inject
    SessionCookies cookies;
    @Inject
    CsrfTokens csrf;
    @Inject
    BasicLoginAudit basicLogins;
    @Inject
    SecondFactor secondFactor;

    /** The header a Basic-auth call of an account with a second factor carries its current code in. */
    public static final String TOTP_HEADER = "X-TOTP";

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
        String username = storable(request.getUsername());
        char[] password = request.getPassword().getPassword();
        if (formLogin && !csrf.validLoginToken(rc, rc.request().getFormAttribute(CsrfTokens.FIELD))) {
            return Uni.createFrom().failure(new AuthenticationFailedException("login form token missing or wrong"));
        }
        return context.runBlocking(() -> {
            if (!formLogin) {
                // A Basic-auth caller re-sends its password: skip bcrypt while hash and epoch are unchanged,
                // but only after the throttle: a throttled client never gets in, remembered password or not.
                AccountIdentities.Account recent = identities.recent(username);
                AccountIdentities.Account account = recent != null ? recent : identities.load(username);
                SecurityIdentity verified = account == null ? null : identities.verified(account, password);
                if (verified != null) {
                    if (!throttle.allowedNow(account.id(), client)) {
                        throw new AuthenticationFailedException("login refused");
                    }
                    requireCode(account, rc, username, client);
                    if (!basicLogins.writtenThisHour(username, client)) {
                        QuarkusTransaction.requiringNew().run(() -> basicLogins.seen(username, client));
                    }
                    return verified;
                }
            }
            // The transaction commits the failure count and audit line before the login is refused.
            SecurityIdentity identity = QuarkusTransaction.requiringNew()
                    .call(() -> check(username, password, client, formLogin, rc));
            if (identity == null) {
                throw new AuthenticationFailedException("login refused");
            }
            if (!formLogin) {
                requireCode(identities.recent(username), rc, username, client);
            }
            return identity;
        });
    }

    /**
     * The name as it may be looked up, counted and audited: no account name holds a control character
     * or half a surrogate pair (a NUL breaks a PostgreSQL query), so each becomes U+FFFD, and a name is
     * cut at 100 characters. Such a name matches no account and is refused like any unknown one.
     */
    static String storable(String username) {
        if (username == null) return "";
        String s = username.length() > 100 ? username.substring(0, 100) : username;
        return org.clinic.courses.web.XmlChars.safe(s).replace('\t', '\uFFFD').replace('\r', '\uFFFD')
                .replace('\n', '\uFFFD');
    }

    /** HTTP Basic of an account with a second factor: a current code in {@code X-TOTP}, each code once. */
    private void requireCode(AccountIdentities.Account account, RoutingContext rc, String username, String client) {
        if (account == null || !account.totpEnabled()) {
            return;
        }
        String code = rc == null ? null : rc.request().getHeader(TOTP_HEADER);
        if (!secondFactor.accept(account.id(), code)) {
            QuarkusTransaction.requiringNew().run(() -> {
                if (throttle.recordFailure(account.id(), username, client)) {
                    audit.write(username, "LOGIN_FAILURE", "User", account.id(), "missing, wrong or reused X-TOTP code;"
                            + " further failures in this window are counted, not repeated here", client);
                }
            });
            throw new AuthenticationFailedException("second factor missing or wrong");
        }
    }

    private SecurityIdentity check(String username, char[] password, String client, boolean formLogin, RoutingContext rc) {
        User user = User.findByUsername(username).orElse(null);
        Long accountId = user == null ? null : user.id;
        boolean allowed = throttle.allowed(accountId, username, client);
        boolean matches = Passwords.matches(password, user == null ? null : user.passwordHash);
        if (!allowed) {
            return null; // counted already; the first failure of the window is in the audit log
        }
        if (user == null || !user.enabled || !matches) {
            if (throttle.recordFailure(accountId, username, client)) {
                audit.write(username, "LOGIN_FAILURE", "User", accountId,
                        (user != null && !user.enabled ? "account disabled" : "wrong username or password")
                                + "; further failures in this window are counted, not repeated here", client);
            }
            return null;
        }
        throttle.reset(user.id, client);
        AccountIdentities.Account account = identities.remember(user);
        if (formLogin) {
            audit.write(username, "LOGIN", "User", user.id, "form login", client);
            rc.put(SessionCookies.NEW_TICKET, user.totpEnabled ? cookies.pendingTicket(username, user.sessionEpoch)
                    : cookies.newTicket(username, user.sessionEpoch));
        } else {
            identities.rememberVerified(account, password);
            basicLogins.seen(username, client);
        }
        return account.identity();
    }
}
