package org.firstshift.audits.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.firstshift.audits.application.Checklists;
import org.firstshift.audits.domain.LineDraft;
import org.firstshift.audits.domain.Scale;
import org.firstshift.platform.api.InvalidInputException;
import org.firstshift.platform.i18n.Languages;
import org.firstshift.platform.i18n.LocalizedText;
import org.firstshift.platform.security.Role;

import java.util.List;
import java.util.Locale;

/**
 * {@code GET /api/audit-checklists}: the newest published version of every checklist (auditors,
 * admins, authors, HR). Authors (and admins) adjust and publish:
 * {@code GET /api/audit-checklists/{code}/versions},
 * {@code PUT /api/audit-checklists/{code}/draft} ({@code {"standard": "RETAIL", "title": {...}, "generate": true}} or
 * with {@code "lines": [...]}), {@code PUT /api/audit-checklists/{code}/draft/lines/{line}} and
 * {@code POST /api/audit-checklists/{code}/publish}.
 */
@RequestScoped
@Path("audit-checklists")
@Produces(MediaType.APPLICATION_JSON)
public class ChecklistResource {

    @Inject
    Checklists checklists;

    @Context
    HttpHeaders headers;

    public record TitleInput(String en, String ru) {
    }

    public record LineInput(String id, TitleInput title, List<String> rules, Integer weight, Boolean critical, String scale,
                            Boolean na) {
        LineDraft draft(String code) {
            try {
                return new LineDraft(code, new LocalizedText(title == null ? null : title.en(), title == null ? null : title.ru()),
                        rules == null ? List.of() : rules, weight == null ? 1 : weight, Boolean.TRUE.equals(critical),
                        Scale.valueOf(scale == null ? "YES_NO" : scale.toUpperCase(Locale.ROOT)), Boolean.TRUE.equals(na));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("lines." + code, e.getMessage());
            }
        }
    }

    public record DraftInput(String standard, TitleInput title, Boolean generate, List<LineInput> lines) {
    }

    private Locale locale() {
        return Languages.best(headers.getAcceptableLanguages());
    }

    @GET
    @RolesAllowed({Role.AUDITOR_ROLE, Role.ADMIN_ROLE, Role.AUTHOR_ROLE, Role.HR_ROLE})
    public List<ChecklistViews.ChecklistView> published() {
        return checklists.published().stream().map(c -> ChecklistViews.of(c, locale())).toList();
    }

    @GET
    @Path("{code}/versions")
    @RolesAllowed({Role.AUTHOR_ROLE, Role.ADMIN_ROLE})
    public List<ChecklistViews.ChecklistView> versions(@PathParam("code") String code) {
        return checklists.versionsOf(code).stream().map(c -> ChecklistViews.of(c, locale())).toList();
    }

    @PUT
    @Path("{code}/draft")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.AUTHOR_ROLE, Role.ADMIN_ROLE})
    public ChecklistViews.ChecklistView draft(@PathParam("code") String code, DraftInput in) {
        if (in == null || in.standard() == null || in.title() == null) {
            throw new InvalidInputException("standard", "the standard and the title are required");
        }
        LocalizedText title;
        try {
            title = new LocalizedText(in.title().en(), in.title().ru());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("title", e.getMessage());
        }
        List<LineDraft> lines = Boolean.TRUE.equals(in.generate()) ? checklists.generate(in.standard())
                : (in.lines() == null ? List.<LineInput>of() : in.lines()).stream().map(l -> l.draft(l.id())).toList();
        return ChecklistViews.of(checklists.saveDraft(code, in.standard(), title, lines), locale());
    }

    @PUT
    @Path("{code}/draft/lines/{line}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.AUTHOR_ROLE, Role.ADMIN_ROLE})
    public ChecklistViews.ChecklistView changeLine(@PathParam("code") String code, @PathParam("line") String line, LineInput in) {
        if (in == null) {
            throw new InvalidInputException("line", "the line is required");
        }
        return ChecklistViews.of(checklists.changeLine(code, in.draft(line)), locale());
    }

    @POST
    @Path("{code}/publish")
    @RolesAllowed({Role.AUTHOR_ROLE, Role.ADMIN_ROLE})
    public ChecklistViews.ChecklistView publish(@PathParam("code") String code) {
        return ChecklistViews.of(checklists.publish(code), locale());
    }
}
