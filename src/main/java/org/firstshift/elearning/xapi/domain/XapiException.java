package org.firstshift.elearning.xapi.domain;

/** A refusal with the HTTP status xAPI prescribes for it and a message naming the problem. */
public class XapiException extends RuntimeException {
    private final int status;

    public XapiException(int status, String message) {
        super(message);
        this.status = status;
    }

    public static XapiException badRequest(String message) {
        return new XapiException(400, message);
    }

    public int status() {
        return status;
    }
}
