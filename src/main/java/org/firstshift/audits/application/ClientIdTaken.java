package org.firstshift.audits.application;

/** A client id already names another person's visit or a different submitted visit (mapped to 409). */
public class ClientIdTaken extends RuntimeException {
    public ClientIdTaken(String message) {
        super(message);
    }
}
