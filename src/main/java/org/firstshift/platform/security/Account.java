package org.firstshift.platform.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.firstshift.platform.persistence.Identified;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A login: a user name, a PBKDF2 password hash (absent for people who only sign in through SSO),
 * the roles held, and the employee this login belongs to.
 */
@Entity
@Table(name = "account")
@NamedQuery(name = "Account.findByUsername", query = "SELECT a FROM Account a WHERE a.username = :username")
@NamedQuery(name = "Account.findByEmployee", query = "SELECT a FROM Account a WHERE a.employeeId = :employeeId")
@NamedQuery(name = "Account.holding", query = "SELECT a FROM Account a JOIN a.roles r WHERE r = :role ORDER BY a.username")
public class Account extends Identified {

    @Column(nullable = false, unique = true, length = 100)
    private String username;

    @Column(name = "password_hash", length = 400)
    private String passwordHash;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "employee_id")
    private Long employeeId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected Account() {
    }

    public Account(String username, Set<Role> roles, Long employeeId, Instant createdAt) {
        this.username = Usernames.requireValid(username);
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.employeeId = employeeId;
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public String getUsername() {
        return username;
    }

    public Set<Role> getRoles() {
        return Collections.unmodifiableSet(roles);
    }

    public Set<String> roleNames() {
        return roles.stream().map(Role::name).collect(Collectors.toCollection(TreeSet::new));
    }

    public boolean holds(Role role) {
        return roles.contains(role);
    }

    public void changeRoles(Set<Role> newRoles) {
        roles.clear();
        roles.addAll(newRoles);
    }

    public Long getEmployeeId() {
        return employeeId;
    }

    public void linkTo(Long employeeId) {
        this.employeeId = employeeId;
    }

    public boolean isActive() {
        return active;
    }

    public void deactivate() {
        active = false;
    }

    public void activate() {
        active = true;
    }

    /** After an erasure: no sign-in of any kind, and the user name no longer names the person. */
    public void erase() {
        active = false;
        passwordHash = null;
        username = "erased-" + getId();
    }

    /** Whether a password sign-in is possible at all (SSO-only accounts have no hash). */
    public boolean hasPassword() {
        return passwordHash != null;
    }

    String passwordHash() {
        return passwordHash;
    }

    void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
