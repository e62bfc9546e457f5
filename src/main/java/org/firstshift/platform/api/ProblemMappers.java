package org.firstshift.platform.api;

import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.List;

/** Domain exceptions become problem+json answers at the boundary, nowhere else. */
public final class ProblemMappers {
    private ProblemMappers() {
    }

    static Throwable unwrap(Throwable t) {
        Throwable cur = t;
        while ((cur instanceof EJBException || cur instanceof jakarta.transaction.RollbackException
                || cur.getClass().getName().endsWith("TransactionalException")) && cur.getCause() != null) {
            cur = cur.getCause();
        }
        return cur;
    }

    @Provider
    public static class InvalidInput implements ExceptionMapper<InvalidInputException> {
        @Override
        public Response toResponse(InvalidInputException e) {
            return Problem.response(422, "Invalid input", e.getMessage(), e.problems()).build();
        }
    }

    @Provider
    public static class PermissionDenied implements ExceptionMapper<PermissionDeniedException> {
        @Override
        public Response toResponse(PermissionDeniedException e) {
            return Problem.response(403, "Not allowed", e.getMessage(), e.problems()).build();
        }
    }

    @Provider
    public static class IllegalArgument implements ExceptionMapper<IllegalArgumentException> {
        @Override
        public Response toResponse(IllegalArgumentException e) {
            return Problem.response(400, "Bad request", e.getMessage(), List.of()).build();
        }
    }

    @Provider
    public static class NotFound implements ExceptionMapper<NotFoundException> {
        @Override
        public Response toResponse(NotFoundException e) {
            return Problem.response(404, "Not found", e.getMessage(), List.of()).build();
        }
    }

    @Provider
    public static class Conflict implements ExceptionMapper<OptimisticLockException> {
        @Override
        public Response toResponse(OptimisticLockException e) {
            return Problem.response(409, "Changed by someone else",
                    "The record was changed meanwhile; reload it and try again.", List.of()).build();
        }
    }

    /** Transactional CDI beans wrap domain exceptions; unwrap them so they map as above. */
    @Provider
    public static class Wrapped implements ExceptionMapper<jakarta.transaction.TransactionalException> {
        @Override
        public Response toResponse(jakarta.transaction.TransactionalException e) {
            Throwable cause = unwrap(e);
            if (cause instanceof PermissionDeniedException p) {
                return new PermissionDenied().toResponse(p);
            }
            if (cause instanceof InvalidInputException i) {
                return new InvalidInput().toResponse(i);
            }
            if (cause instanceof IllegalArgumentException i) {
                return new IllegalArgument().toResponse(i);
            }
            if (cause instanceof NotFoundException n) {
                return new NotFound().toResponse(n);
            }
            return Problem.response(500, "Server error", "The change was not saved.", List.of()).build();
        }
    }
}
