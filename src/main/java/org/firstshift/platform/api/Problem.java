package org.firstshift.platform.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

/**
 * An error answer in the RFC 9457 shape ({@code application/problem+json}), with the list of
 * individual problems (row, column or field, message) where there were several.
 */
public record Problem(String type, String title, int status, String detail, List<ProblemItem> problems) {

    public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");

    public static Response.ResponseBuilder response(Response.Status status, String title, String detail) {
        return response(status.getStatusCode(), title, detail, List.of());
    }

    public static Response.ResponseBuilder response(int status, String title, String detail, List<ProblemItem> items) {
        return Response.status(status)
                .type(MEDIA_TYPE)
                .entity(new Problem("about:blank", title, status, detail, items));
    }
}
