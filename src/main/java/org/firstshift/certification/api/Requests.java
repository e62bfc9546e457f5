package org.firstshift.certification.api;

import jakarta.ws.rs.core.UriInfo;

import java.net.URI;

/** Small helpers the certification resources share. */
final class Requests {
    private Requests() {
    }

    /** The application's root address as this request reached it ({@code .../api/} minus {@code api/}). */
    static URI root(UriInfo uri) {
        return uri.getBaseUri().resolve("..");
    }
}
