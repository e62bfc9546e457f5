package org.firstshift.exams.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.firstshift.exams.application.ExamRefused;
import org.firstshift.platform.api.Problem;
import org.firstshift.platform.api.ProblemItem;

import java.util.List;

/** The exam's rules said no: 409 with the reason (and the field it concerns). */
@Provider
public class ExamRefusedMapper implements ExceptionMapper<ExamRefused> {
    @Override
    public Response toResponse(ExamRefused e) {
        return Problem.response(409, "Refused by the exam's rules", e.getMessage(),
                List.of(ProblemItem.field(e.field(), e.getMessage()))).build();
    }
}
