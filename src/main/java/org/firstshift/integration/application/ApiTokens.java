package org.firstshift.integration.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.firstshift.integration.domain.ApiToken;
import org.firstshift.integration.domain.Scope;
import org.firstshift.integration.domain.TokenKind;
import org.firstshift.integration.domain.TokenSecret;
import org.firstshift.platform.api.InvalidInputException;
import org.firstshift.platform.api.NotFoundException;
import org.firstshift.platform.api.ProblemItem;
import org.firstshift.platform.audit.AuditAction;
import org.firstshift.platform.audit.AuditTrail;
import org.firstshift.platform.security.Account;
import org.firstshift.platform.security.Accounts;
import org.firstshift.platform.security.BearerTokens;
import org.firstshift.platform.security.Role;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Issues, lists, revokes and checks API tokens. A personal token can only carry roles its owner
 * holds; a service token is made by an admin and belongs to that admin's account, so it stops
 * working when the admin is deactivated or is no longer an admin.
 */
@ApplicationScoped
public class ApiTokens implements BearerTokens {
    static final String ENTITY = "ApiToken";
    /** Tokens live at most a year: a forgotten token should not work forever. */
    public static final int MAX_DAYS = 366;
    public static final String SERVICE_PREFIX = "service:";

    @PersistenceContext
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** A freshly issued token: the only moment its text is known. */
    public record Issued(ApiToken token, String secret) {
    }

    @Transactional
    public Issued issuePersonal(Account owner, String name, List<String> scopeNames, Integer days) {
        Set<String> scopes = validate(name, scopeNames, days, TokenKind.PERSONAL, owner);
        return issue(TokenKind.PERSONAL, name.strip(), owner, scopes, days);
    }

    @Transactional
    public Issued issueService(Account admin, String name, List<String> scopeNames, Integer days) {
        if (!admin.holds(Role.ADMIN)) {
            throw new IllegalStateException("only admins create service tokens");
        }
        Set<String> scopes = validate(name, scopeNames, days, TokenKind.SERVICE, admin);
        if (!em.createNamedQuery("ApiToken.ofKind", ApiToken.class).setParameter("kind", TokenKind.SERVICE)
                .getResultStream().filter(t -> t.getName().equalsIgnoreCase(name.strip()) && t.usableAt(clock.instant()))
                .toList().isEmpty()) {
            throw new InvalidInputException("name", "a service token named '" + name.strip() + "' is already active");
        }
        return issue(TokenKind.SERVICE, name.strip(), admin, scopes, days);
    }

    private Issued issue(TokenKind kind, String name, Account owner, Set<String> scopes, int days) {
        String secret = TokenSecret.generate();
        Instant now = clock.instant();
        ApiToken token = new ApiToken(kind, name, owner.getId(), secret, scopes, now, now.plus(Duration.ofDays(days)));
        em.persist(token);
        em.flush();
        audit.record(ENTITY, token.getId(), AuditAction.CREATED, "Created " + kind.name().toLowerCase() + " token '"
                + name + "' with scopes " + scopes, null, snapshot(token));
        return new Issued(token, secret);
    }

    private Set<String> validate(String name, List<String> scopeNames, Integer days, TokenKind kind, Account owner) {
        List<ProblemItem> problems = new ArrayList<>();
        if (name == null || name.isBlank() || name.strip().length() > 100) {
            problems.add(ProblemItem.field("name", "a name of 1 to 100 characters is required"));
        }
        Set<String> scopes = new LinkedHashSet<>();
        if (scopeNames == null || scopeNames.isEmpty()) {
            problems.add(ProblemItem.field("scopes", "at least one scope is required (one of " + Scope.all() + ")"));
        } else {
            for (String s : scopeNames) {
                Optional<String> scope = Scope.parse(s);
                if (scope.isEmpty()) {
                    problems.add(ProblemItem.field("scopes", "unknown scope '" + s + "' (known: " + Scope.all() + ")"));
                } else if (Scope.role(scope.get()).map(r -> !owner.holds(r)).orElse(!owner.holds(Role.ADMIN))) {
                    // Never more than the account has: roles it holds; system scopes only for admins.
                    problems.add(ProblemItem.field("scopes", "scope '" + s + "' is more than your account holds ("
                            + owner.roleNames() + "; scim and webhooks need ADMIN)"));
                } else {
                    scopes.add(scope.get());
                }
            }
        }
        if (days == null || days < 1 || days > MAX_DAYS) {
            problems.add(ProblemItem.field("expiresInDays", "expiry must be 1 to " + MAX_DAYS + " days"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("The token was not created", problems);
        }
        return scopes;
    }

    public List<ApiToken> personalOf(Account owner) {
        return em.createNamedQuery("ApiToken.ofOwner", ApiToken.class).setParameter("owner", owner.getId())
                .setParameter("kind", TokenKind.PERSONAL).getResultList();
    }

    public List<ApiToken> serviceTokens() {
        return em.createNamedQuery("ApiToken.ofKind", ApiToken.class).setParameter("kind", TokenKind.SERVICE).getResultList();
    }

    /** Revokes one of the owner's personal tokens; someone else's token is "not found", not "forbidden". */
    @Transactional
    public ApiToken revokePersonal(Account owner, long id) {
        ApiToken t = em.find(ApiToken.class, id);
        if (t == null || t.getKind() != TokenKind.PERSONAL || !t.getOwnerAccountId().equals(owner.getId())) {
            throw new NotFoundException("you have no token with id " + id);
        }
        return revoke(t);
    }

    @Transactional
    public ApiToken revokeService(long id) {
        ApiToken t = em.find(ApiToken.class, id);
        if (t == null || t.getKind() != TokenKind.SERVICE) {
            throw new NotFoundException("no service token with id " + id);
        }
        return revoke(t);
    }

    private ApiToken revoke(ApiToken t) {
        Map<String, Object> before = snapshot(t);
        t.revoke(clock.instant());
        audit.record(ENTITY, t.getId(), AuditAction.UPDATED, "Revoked token '" + t.getName() + "'", before, snapshot(t));
        return t;
    }

    public String ownerName(ApiToken t) {
        return accounts.byId(t.getOwnerAccountId()).map(Account::getUsername).orElse("?");
    }

    /**
     * Checks a presented token: known hash, not revoked or expired, account active. The groups are
     * the token's scopes that the account's current roles still allow.
     */
    @Override
    @Transactional
    public Optional<TokenCaller> authenticate(String presented) {
        if (!TokenSecret.looksValid(presented)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<ApiToken> found = em.createNamedQuery("ApiToken.findByHash", ApiToken.class)
                .setParameter("hash", TokenSecret.hash(presented)).getResultStream().findFirst();
        if (found.isEmpty() || !found.get().usableAt(now)) {
            return Optional.empty();
        }
        ApiToken token = found.get();
        Optional<Account> owner = accounts.byId(token.getOwnerAccountId()).filter(Account::isActive);
        if (owner.isEmpty()) {
            return Optional.empty();
        }
        // A bulk update, not the entity: parallel requests with one token must not fail on the version.
        em.createNamedQuery("ApiToken.touch").setParameter("id", token.getId()).setParameter("now", now)
                .setParameter("cutoff", now.minus(ApiToken.LAST_USED_PRECISION)).executeUpdate();
        Set<String> groups = Scope.groups(token.scopes(), owner.get().getRoles());
        String name = token.getKind() == TokenKind.SERVICE ? SERVICE_PREFIX + token.getName() : owner.get().getUsername();
        return Optional.of(new TokenCaller(name, groups));
    }

    static Map<String, Object> snapshot(ApiToken t) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("kind", t.getKind().name());
        s.put("name", t.getName());
        s.put("scopes", t.getScopes());
        s.put("hint", t.getTokenHint());
        s.put("expires_at", String.valueOf(t.getExpiresAt()));
        s.put("revoked_at", t.getRevokedAt() == null ? null : t.getRevokedAt().toString());
        return s;
    }
}
