package org.firstshift.platform.notify;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.firstshift.platform.api.NotFoundException;
import org.firstshift.platform.i18n.Languages;
import org.firstshift.platform.security.CurrentUser;
import org.firstshift.platform.security.Role;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The caller's own inbox: {@code GET /api/me/notices} (newest first, text in the request's
 * language) and {@code POST /api/me/notices/{id}/read}. Nobody can read another's notices.
 */
@RequestScoped
@Path("me/notices")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.LEARNER_ROLE, Role.MENTOR_ROLE, Role.HR_ROLE, Role.AUDITOR_ROLE, Role.AUTHOR_ROLE, Role.ADMIN_ROLE})
public class NoticesResource {

    @Inject
    Inbox inbox;

    @Inject
    CurrentUser user;

    @Context
    HttpHeaders headers;

    public record NoticeView(long id, String text, String link, Instant createdAt, boolean read) {
    }

    public record Notices(long unread, List<NoticeView> notices) {
    }

    @GET
    public Notices mine() {
        long me = user.requireEmployeeId();
        Locale locale = Languages.best(headers.getAcceptableLanguages());
        return new Notices(inbox.unread(me), inbox.of(me).stream()
                .map(n -> new NoticeView(n.getId(), n.text(locale), n.getLink(), n.getCreatedAt(), n.isRead())).toList());
    }

    @POST
    @Path("{id}/read")
    public Response read(@PathParam("id") long id) {
        inbox.markRead(user.requireEmployeeId(), id);
        return Response.noContent().build();
    }
}
