package org.firstshift.platform.web;

import jakarta.faces.context.FacesContext;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Small page outcomes shared by backing beans. */
public final class Pages {
    private Pages() {
    }

    /** Answers 404 (the not-found page) for a page whose record does not exist, e.g. {@code ?code=NOPE}. */
    public static void notFound() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(404, "not found");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
