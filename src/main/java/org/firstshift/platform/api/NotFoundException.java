package org.firstshift.platform.api;

/** A requested thing does not exist (or is not visible to the caller, which looks the same). */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String what) {
        super(what);
    }
}
