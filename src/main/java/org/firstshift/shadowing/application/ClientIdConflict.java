package org.firstshift.shadowing.application;

/**
 * A client id that was already used for a different sign-off (another trainee, task, rating or
 * mentor). A phone retrying the same sign-off gets the stored answer instead; this is a client bug.
 */
public class ClientIdConflict extends RuntimeException {
    public ClientIdConflict(String clientId) {
        super("the client id " + clientId + " was already used for a different sign-off");
    }
}
