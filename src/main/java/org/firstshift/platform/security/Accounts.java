package org.firstshift.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Creates accounts, sets passwords and checks them. Password hashes are PBKDF2 (Jakarta Security's
 * {@link Pbkdf2PasswordHash}); each stored hash names its own algorithm and iterations, so the work
 * factor can be raised later without invalidating old hashes.
 */
@ApplicationScoped
public class Accounts {

    @PersistenceContext
    EntityManager em;

    @Inject
    Pbkdf2PasswordHash hash;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "firstshift.security.pbkdf2.iterations", defaultValue = "120000")
    int iterations;

    @Inject
    @ConfigProperty(name = "firstshift.security.password-check-memo-seconds", defaultValue = "120")
    int memoSeconds;

    private volatile RecentPasswordChecks recentChecks;

    private RecentPasswordChecks recentChecks() {
        RecentPasswordChecks r = recentChecks;
        if (r == null) {
            synchronized (this) {
                if (recentChecks == null) {
                    recentChecks = new RecentPasswordChecks(java.time.Duration.ofSeconds(memoSeconds), clock);
                }
                r = recentChecks;
            }
        }
        return r;
    }

    private void configureHash() {
        Map<String, String> parameters = new HashMap<>();
        parameters.put("Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256");
        parameters.put("Pbkdf2PasswordHash.Iterations", Integer.toString(iterations));
        parameters.put("Pbkdf2PasswordHash.SaltSizeBytes", "16");
        parameters.put("Pbkdf2PasswordHash.KeySizeBytes", "32");
        hash.initialize(parameters);
    }

    public Optional<Account> byUsername(String username) {
        return em.createNamedQuery("Account.findByUsername", Account.class)
                .setParameter("username", username)
                .getResultStream().findFirst();
    }

    /**
     * The current roles of an active account, or empty when there is no such account or it is
     * inactive. One query on the unique user name (a report query, so never an entity cache): signed-in
     * sessions ask this on every request to notice deactivation and role changes at once.
     */
    public Optional<Set<Role>> activeRoles(String username) {
        List<Object[]> rows = em.createQuery(
                        "SELECT a.active, r FROM Account a LEFT JOIN a.roles r WHERE a.username = :username", Object[].class)
                .setParameter("username", username).getResultList();
        if (rows.isEmpty() || !Boolean.TRUE.equals(rows.get(0)[0])) {
            return Optional.empty();
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Object[] row : rows) {
            if (row[1] instanceof Role r) {
                roles.add(r);
            }
        }
        return Optional.of(roles);
    }

    public Optional<Account> byId(long id) {
        return Optional.ofNullable(em.find(Account.class, id));
    }

    /** Active and inactive accounts holding a role (SCIM groups list their members this way). */
    public java.util.List<Account> holding(Role role) {
        return em.createNamedQuery("Account.holding", Account.class).setParameter("role", role).getResultList();
    }

    public Optional<Account> byEmployee(Long employeeId) {
        return em.createNamedQuery("Account.findByEmployee", Account.class)
                .setParameter("employeeId", employeeId)
                .getResultStream().findFirst();
    }

    @Transactional
    public Account create(String username, Set<Role> roles, Long employeeId) {
        if (byUsername(username).isPresent()) {
            throw new IllegalArgumentException("user name '" + username + "' is already taken");
        }
        Account account = new Account(username, roles, employeeId, clock.instant());
        em.persist(account);
        return account;
    }

    /** Sets a new password after checking it against the password policy. */
    @Transactional
    public void setPassword(Account account, String password) {
        PasswordPolicy.check(account.getUsername(), password);
        setPasswordUnchecked(account, password);
    }

    /**
     * Demo content only: demo passwords equal the user name, which the policy would refuse. The
     * content loader uses this for the demo company and nowhere else.
     */
    @Transactional
    public void setPasswordUnchecked(Account account, String password) {
        configureHash();
        Account managed = em.contains(account) ? account : em.merge(account);
        managed.setPasswordHash(hash.generate(password.toCharArray()));
    }

    /** The account for these credentials, if they are right and the account is active. */
    public Optional<Account> verify(String username, String password) {
        Optional<Account> account = byUsername(username).filter(Account::isActive).filter(Account::hasPassword);
        if (account.isEmpty()) {
            // Spend the same time as a real check so that response times do not reveal user names.
            configureHash();
            hash.verify(password.toCharArray(), DUMMY_HASH);
            return Optional.empty();
        }
        String stored = account.get().passwordHash();
        if (recentChecks().matches(stored, password)) {
            return account;
        }
        // verify() reads algorithm, iterations and salt from the stored hash itself.
        boolean right = hash.verify(password.toCharArray(), stored);
        if (right) {
            recentChecks().remember(stored, password);
        }
        return right ? account : Optional.empty();
    }

    private static final String DUMMY_HASH =
            "PBKDF2WithHmacSHA256:120000:c2FsdHNhbHRzYWx0c2FsdA==:bm90LWEtcmVhbC1oYXNoLW5vdC1hLXJlYWwtaGFzaA==";
}
