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
            return CredentialValidationResult.INVALID_RESULT;
        }
        return accounts.verify(username, login.getPasswordAsString())
                .map(account -> {
                    throttle.succeeded(username);
                    return new CredentialValidationResult(account.getUsername(), account.roleNames());
                })
                .orElseGet(() -> {
                    throttle.failed(username);
                    return CredentialValidationResult.INVALID_RESULT;
                });
    }
}
