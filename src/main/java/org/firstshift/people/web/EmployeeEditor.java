package org.firstshift.people.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.firstshift.people.application.Mentoring;
import org.firstshift.people.application.NewEmployee;
import org.firstshift.people.application.Organisation;
import org.firstshift.people.application.People;
import org.firstshift.people.domain.Employee;
import org.firstshift.people.domain.EmployeeDetails;
import org.firstshift.people.domain.Location;
import org.firstshift.people.domain.PayGrade;
import org.firstshift.people.domain.Position;
import org.firstshift.platform.i18n.LanguageChoice;
import org.firstshift.platform.i18n.Messages;
import org.firstshift.platform.security.CurrentUser;
import org.firstshift.platform.security.Role;
import org.firstshift.platform.web.FacesMessages;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/** Create or edit one employee: details, login and roles (roles by admins only), password, deactivation. */
@Named
@ViewScoped
public class EmployeeEditor implements Serializable {

    @Inject
    People people;

    @Inject
    Organisation organisation;

    @Inject
    Mentoring mentoring;

    @Inject
    CurrentUser user;

    @Inject
    LanguageChoice language;

    private Long id;
    private String personnelNumber;
    private String fullName;
    private String email;
    private LocalDate hireDate;
    private String position;
    private String location;
    private String payGrade;
    private String preferredLanguage = "en";
    private String username;
    private List<String> roles = new ArrayList<>(List.of(Role.LEARNER.name()));
    private String newPassword;
    private boolean active = true;
    private boolean loaded;

    /** Called by the page's view action with the {@code id} parameter (absent for a new employee). */
    public void load() {
        if (loaded || id == null) {
            loaded = true;
            return;
        }
        Employee e = people.get(id);
        personnelNumber = e.getPersonnelNumber();
        fullName = e.getFullName();
        email = e.getEmail();
        hireDate = e.getHireDate();
        position = e.getPosition().getCode();
        location = e.getLocation().getCode();
        payGrade = e.getPayGrade() == null ? null : e.getPayGrade().getCode();
        preferredLanguage = e.getLanguage();
        active = e.isActive();
        people.loginOf(id).ifPresent(a -> {
            username = a.getUsername();
            roles = new ArrayList<>(a.roleNames());
        });
        loaded = true;
    }

    private String text(String key, Object... args) {
        return Messages.of("people", language.getLocale()).get(key, args);
    }

    public String save() {
        boolean ok = FacesMessages.attempt(() -> {
            EmployeeDetails details = people.details(fullName, email, hireDate, position, location, payGrade, preferredLanguage);
            if (id == null) {
                Employee created = people.create(new NewEmployee(personnelNumber == null ? null : personnelNumber.strip(),
                        details, username == null || username.isBlank() ? null : username.strip(), selectedRoles(),
                        newPassword == null || newPassword.isBlank() ? null : newPassword));
                id = created.getId();
            } else {
                // Checked before anything is saved, so a refused password leaves the details untouched too.
                if (newPassword != null && !newPassword.isBlank()) {
                    people.requireMayManage(id, "set the password");
                }
                people.update(id, details);
                if (user.holds(Role.ADMIN) && username != null && people.loginOf(id).isPresent()) {
                    people.changeRoles(id, selectedRoles());
                }
                if (newPassword != null && !newPassword.isBlank()) {
                    people.setPassword(id, newPassword);
                }
            }
        });
        if (!ok) {
            return null;
        }
        FacesMessages.info(text("employee.saved", fullName));
        FacesMessages.keepAcrossRedirect();
        return "/hr/employee.xhtml?faces-redirect=true&id=" + id;
    }

    public String deactivate() {
        if (FacesMessages.attempt(() -> people.deactivate(id))) {
            active = false;
            FacesMessages.info(text("employee.deactivated", fullName));
        }
        return null;
    }

    public String reactivate() {
        if (FacesMessages.attempt(() -> people.reactivate(id))) {
            active = true;
            FacesMessages.info(text("employee.reactivated", fullName));
        }
        return null;
    }

    private EnumSet<Role> selectedRoles() {
        EnumSet<Role> set = EnumSet.noneOf(Role.class);
        roles.forEach(r -> Role.parse(r).ifPresent(set::add));
        // Only admins grant roles beyond learner and mentor.
        if (!user.holds(Role.ADMIN)) {
            set.retainAll(EnumSet.of(Role.LEARNER, Role.MENTOR));
        }
        return set;
    }

    public List<String> getAllRoles() {
        return user.holds(Role.ADMIN) ? java.util.Arrays.stream(Role.values()).map(Enum::name).toList()
                : List.of(Role.LEARNER.name(), Role.MENTOR.name());
    }

    public List<Employee> getMentors() {
        return id == null ? List.of() : mentoring.mentorsOf(id, LocalDate.now());
    }

    public List<Position> getPositions() { return organisation.positions(); }
    public List<Location> getLocations() { return organisation.locations(); }
    public List<PayGrade> getPayGrades() { return organisation.payGrades(); }
    public boolean isNew() { return id == null; }
    public boolean isHasLogin() { return id != null && people.loginOf(id).isPresent(); }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getPersonnelNumber() { return personnelNumber; }
    public void setPersonnelNumber(String v) { this.personnelNumber = v; }
    public String getFullName() { return fullName; }
    public void setFullName(String v) { this.fullName = v; }
    public String getEmail() { return email; }
    public void setEmail(String v) { this.email = v; }
    public LocalDate getHireDate() { return hireDate; }
    public void setHireDate(LocalDate v) { this.hireDate = v; }
    public String getPosition() { return position; }
    public void setPosition(String v) { this.position = v; }
    public String getLocation() { return location; }
    public void setLocation(String v) { this.location = v; }
    public String getPayGrade() { return payGrade; }
    public void setPayGrade(String v) { this.payGrade = v; }
    public String getPreferredLanguage() { return preferredLanguage; }
    public void setPreferredLanguage(String v) { this.preferredLanguage = v; }
    public String getUsername() { return username; }
    public void setUsername(String v) { this.username = v; }
    public List<String> getRoles() { return roles; }
    public void setRoles(List<String> v) { this.roles = v; }
    public String getNewPassword() { return newPassword; }
    public void setNewPassword(String v) { this.newPassword = v; }
    public boolean isActive() { return active; }
}
