package org.firstshift.roleplay.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.firstshift.platform.api.NotFoundException;
import org.firstshift.platform.security.CurrentUser;
import org.firstshift.platform.security.Role;
import org.firstshift.roleplay.application.MentorReviews;
import org.firstshift.roleplay.domain.FreeTextAnswer;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** A mentor's queue of trainees' free-text role-play answers, and the review of one. */
@RequestScoped
@Path("mentor/roleplay-reviews")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.MENTOR_ROLE)
public class MentorReviewResource {

    @Inject
    MentorReviews reviews;

    @Inject
    CurrentUser user;

    public record AnswerView(long id, long traineeId, String scenario, String node, String text, List<String> rules,
                             Instant answeredAt, boolean reviewed, List<String> kept, List<String> missed) {
        static AnswerView of(FreeTextAnswer a) {
            return new AnswerView(a.getId(), a.getEmployeeId(), a.getScenarioCode(), a.getNodeCode(), a.getText(), a.getRules(),
                    a.getAnsweredAt(), a.isReviewed(), a.getKept(), a.getMissed());
        }
    }

    public record Review(List<String> kept, String comment) {
    }

    @GET
    public List<AnswerView> pending() {
        return reviews.pendingFor(user.requireEmployeeId()).stream().map(AnswerView::of).toList();
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public AnswerView review(@PathParam("id") long answerId, Review review) {
        Set<String> kept = review == null || review.kept() == null ? Set.of() : Set.copyOf(review.kept());
        return AnswerView.of(reviews.review(user.requireEmployeeId(), answerId, kept, review == null ? null : review.comment()));
    }
}
