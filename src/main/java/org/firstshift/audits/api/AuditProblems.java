package org.firstshift.audits.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.firstshift.audits.application.AuditForbidden;
import org.firstshift.audits.application.ClientIdTaken;
import org.firstshift.platform.api.Problem;

import java.util.List;

/** Audit refusals as problem+json: 403 for who may not, 409 for a client id used by another visit. */
public final class AuditProblems {
    private AuditProblems() {
    }

    @Provider
    public static class Forbidden implements ExceptionMapper<AuditForbidden> {
        @Override
        public Response toResponse(AuditForbidden e) {
            return Problem.response(403, "Not allowed", e.getMessage(), List.of()).build();
        }
    }

    @Provider
    public static class Conflict implements ExceptionMapper<ClientIdTaken> {
        @Override
        public Response toResponse(ClientIdTaken e) {
            return Problem.response(409, "Client id already used", e.getMessage(), List.of()).build();
        }
    }
}
