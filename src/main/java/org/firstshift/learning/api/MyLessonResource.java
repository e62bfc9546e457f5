package org.firstshift.learning.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.firstshift.learning.application.LessonChecks;
import org.firstshift.platform.api.InvalidInputException;
import org.firstshift.platform.api.NotFoundException;
import org.firstshift.platform.security.CurrentUser;
import org.firstshift.platform.security.Role;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /api/me/lessons/{code}/check}: the signed-in learner answers a lesson's knowledge
 * check, as on the lesson page (for apps and tests). Body {@code {"answers":{"1":2}}} maps question
 * numbers to chosen option numbers, both from 1. Passing every question completes the lesson.
 */
@RequestScoped
@Path("me/lessons")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.LEARNER_ROLE})
public class MyLessonResource {

    @Inject
    CurrentUser user;

    @Inject
    LessonChecks checks;

    public record CheckInput(Map<String, Integer> answers) {
    }

    public record QuestionView(int question, Integer chosen, boolean correct) {
    }

    public record CheckView(String lesson, boolean passed, int score, boolean completed, List<QuestionView> questions) {
    }

    @POST
    @Path("{code}/check")
    public CheckView check(@PathParam("code") String code, CheckInput input) {
        long employeeId = user.requireEmployeeId();
        LessonChecks.Outcome outcome = checks.check(employeeId, code, answers(input));
        return new CheckView(outcome.lesson(), outcome.result().passed(), outcome.result().score(), outcome.completed(),
                outcome.result().questions().stream().map(q -> new QuestionView(q.question(), q.chosen(), q.correct())).toList());
    }

    private static Map<Integer, Integer> answers(CheckInput input) {
        Map<Integer, Integer> answers = new HashMap<>();
        if (input == null || input.answers() == null) {
            return answers;
        }
        for (var e : input.answers().entrySet()) {
            try {
                answers.put(Integer.parseInt(e.getKey().strip()), e.getValue());
            } catch (NumberFormatException notANumber) {
                throw new InvalidInputException("answers", "'" + e.getKey() + "' is not a question number");
            }
        }
        return answers;
    }
}
