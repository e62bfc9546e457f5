package org.firstshift.shadowing.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.firstshift.platform.api.Problem;
import org.firstshift.shadowing.application.ClientIdConflict;
import org.firstshift.shadowing.application.ShadowingForbidden;

import java.util.List;

/** Shadowing refusals as problem+json: 403 for who may not, 409 for a reused client id. */
public final class ShadowingProblems {
    private ShadowingProblems() {
    }

    @Provider
    public static class Forbidden implements ExceptionMapper<ShadowingForbidden> {
        @Override
        public Response toResponse(ShadowingForbidden e) {
            return Problem.response(403, "Not allowed", e.getMessage(), List.of()).build();
        }
    }

    @Provider
    public static class Conflict implements ExceptionMapper<ClientIdConflict> {
        @Override
        public Response toResponse(ClientIdConflict e) {
            return Problem.response(409, "Client id already used", e.getMessage(), List.of()).build();
        }
    }
}
