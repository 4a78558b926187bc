package org.clinic.courses.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Ends every session of an account, on every instance: raises the account's session epoch in the
 * database. Other instances refuse the older tickets once their cache of the account (a few
 * seconds) runs out; this instance at once.
 */
@ApplicationScoped
public class SessionEpochs {
    @Inject
    AccountIdentities identities;

    @Transactional(Transactional.TxType.MANDATORY)
    public int endSessions(User user) {
        user.sessionEpoch++;
        user.persist();
        User.getEntityManager().flush();
        identities.forget(user.username);
        return user.sessionEpoch;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void endSessions(String username) {
        User.findByUsername(username).ifPresent(this::endSessions);
    }
}
