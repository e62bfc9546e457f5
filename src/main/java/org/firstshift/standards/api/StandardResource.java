package org.firstshift.standards.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.firstshift.platform.api.NotFoundException;
import org.firstshift.platform.i18n.Languages;
import org.firstshift.platform.security.Role;
import org.firstshift.standards.application.Standards;
import org.firstshift.standards.domain.Rule;
import org.firstshift.standards.domain.RulePhrase;
import org.firstshift.standards.domain.ServiceStandard;
import org.firstshift.standards.domain.StandardVersion;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** The service standards: every signed-in person may read them (they are the company's rules). */
@RequestScoped
@Path("standards")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.LEARNER_ROLE, Role.MENTOR_ROLE, Role.HR_ROLE, Role.AUDITOR_ROLE, Role.AUTHOR_ROLE, Role.ADMIN_ROLE})
public class StandardResource {

    @Inject
    Standards standards;

    @Context
    HttpHeaders headers;

    public record VersionView(int number, String status, Instant publishedAt, int rules) {
    }

    public record StandardView(String id, String title, Integer publishedVersion, List<VersionView> versions) {
    }

    public record RuleView(String id, String section, String sectionTitle, String kind, String statement,
                           List<String> positions, List<String> doPhrases, List<String> dontPhrases) {
    }

    @GET
    public List<StandardView> list() {
        Locale locale = Languages.best(headers.getAcceptableLanguages());
        return standards.all().stream().map(s -> new StandardView(s.getCode(), s.getTitle().in(locale),
                s.published().map(StandardVersion::getNumber).orElse(null),
                s.getVersions().stream().map(v -> new VersionView(v.getNumber(), v.getStatus().name(), v.getPublishedAt(),
                        v.rules().size())).toList())).toList();
    }

    /** Rules of the published version, or of {@code ?version=N}. */
    @GET
    @Path("{id}/rules")
    public List<RuleView> rules(@PathParam("id") String id, @QueryParam("version") Integer version) {
        Locale locale = Languages.best(headers.getAcceptableLanguages());
        ServiceStandard s = standards.get(id);
        StandardVersion v = (version == null ? s.published() : s.version(version))
                .orElseThrow(() -> new NotFoundException("standard " + id + " has no " + (version == null ? "published version" : "version " + version)));
        return v.rules().stream().map(r -> view(r, locale)).toList();
    }

    private static RuleView view(Rule r, Locale locale) {
        return new RuleView(r.getCode(), r.getSection().getCode(), r.getSection().getTitle().in(locale), r.getKind().name(),
                r.getStatement().in(locale), r.getPositions(),
                r.getDos().stream().map(p -> p.in(locale)).toList(), r.getDonts().stream().map(p -> p.in(locale)).toList());
    }
}
