package org.firstshift.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

/** The database identity store: accounts with PBKDF2 hashes and their roles as groups. */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(AccountIdentityStore.class.getName());

    /** A user name as typed can hold anything: keep log lines single and short (no log forging). */
    static String printable(String username) {
        if (username == null) {
            return "";
        }
        String clean = username.replaceAll("[\\p{Cntrl}]", "?");
        return clean.length() > 64 ? clean.substring(0, 64) + "..." : clean;
    }

    @Inject
    Accounts accounts;

    @Inject
    LoginThrottle throttle;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        String username = login.getCaller();
        if (throttle.isLocked(username)) {
            LOG.warning(() -> "Sign-in refused: user name '" + printable(username) + "' is locked after repeated wrong passwords");
            return CredentialValidationResult.INVALID_RESULT;
        }
        return accounts.verify(username, login.getPasswordAsString())
                .map(account -> {
                    throttle.succeeded(username);
                    return new CredentialValidationResult(account.getUsername(), account.roleNames());
                })
                .orElseGet(() -> {
                    // A security event (ASVS 7.2.1): who, never the password. The caller's address is
                    // in the access log of the load balancer.
                    LOG.info(() -> "Sign-in failed for user name '" + printable(username) + "'");
                    throttle.failed(username);
                    return CredentialValidationResult.INVALID_RESULT;
                });
    }
}
