package org.firstshift.people.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.firstshift.platform.i18n.Languages;
import org.firstshift.platform.persistence.Identified;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A person who works for the company. The personnel number is the HR system's key and never
 * changes; everything else can. Employees are deactivated, never deleted, so history survives.
 */
@Entity
@Table(name = "employee")
@NamedQuery(name = "Employee.findByPersonnelNumber", query = "SELECT e FROM Employee e WHERE e.personnelNumber = :number")
@NamedQuery(name = "Employee.count", query = "SELECT COUNT(e) FROM Employee e")
public class Employee extends Identified {

    @Column(name = "personnel_number", nullable = false, unique = true, length = 40)
    private String personnelNumber;

    @Column(name = "full_name", nullable = false, length = 200)
    private String fullName;

    @Column(length = 200)
    private String email;

    @Column(name = "hire_date", nullable = false)
    private LocalDate hireDate;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "position_id")
    private Position position;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "location_id")
    private Location location;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "pay_grade_id")
    private PayGrade payGrade;

    @Column(nullable = false, length = 5)
    private String language;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "left_on")
    private LocalDate leftOn;

    protected Employee() {
    }

    public Employee(String personnelNumber, EmployeeDetails details) {
        this.personnelNumber = requireText(personnelNumber, "personnel number");
        update(details);
    }

    /** Applies new details (everything but the personnel number). */
    public final void update(EmployeeDetails d) {
        this.fullName = requireText(d.fullName(), "full name");
        this.email = d.email() == null || d.email().isBlank() ? null : d.email().strip();
        this.hireDate = Objects.requireNonNull(d.hireDate(), "hire date is required");
        this.position = Objects.requireNonNull(d.position(), "position is required");
        this.location = Objects.requireNonNull(d.location(), "location is required");
        this.payGrade = d.payGrade();
        this.language = Languages.supported(d.language()).map(Locale::getLanguage).orElse("en");
    }

    private static String requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
        return value.strip();
    }

    /** Moves the employee to another position or store; programs are re-evaluated by listeners. */
    public boolean movesWith(EmployeeDetails d) {
        return !position.getCode().equals(d.position().getCode()) || !location.getCode().equals(d.location().getCode());
    }

    /** Whole days since hire (0 on the hire date, negative before it). */
    public long daysInRole(LocalDate today) {
        return ChronoUnit.DAYS.between(hireDate, today);
    }

    public void deactivate(LocalDate on) {
        if (active) {
            leftOn = on;
        }
        active = false;
    }

    public void reactivate() {
        active = true;
        leftOn = null;
    }

    /** Whether the retention period after leaving has passed and the data is not erased yet. */
    public boolean dueForErasure(LocalDate today, int daysAfterLeaving) {
        return !active && leftOn != null && !isErased() && leftOn.plusDays(daysAfterLeaving).isBefore(today);
    }

    public boolean isErased() {
        return personnelNumber.startsWith("ERASED-");
    }

    /**
     * Replaces what identifies the person (number, name, e-mail) with placeholders derived from the
     * row id, so counts and averages stay right but nobody can be recognised. Only after they left.
     */
    public void anonymise() {
        if (active) {
            throw new IllegalStateException("deactivate " + personnelNumber + " before erasing their data");
        }
        personnelNumber = "ERASED-" + getId();
        fullName = "Erased employee " + getId();
        email = null;
    }

    public void preferLanguage(Locale locale) {
        this.language = Languages.orEnglish(locale.getLanguage()).getLanguage();
    }

    public EmployeeDetails details() {
        return new EmployeeDetails(fullName, email, hireDate, position, location, payGrade, language);
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("personnel_number", personnelNumber);
        s.put("full_name", fullName);
        s.put("email", email);
        s.put("hire_date", hireDate.toString());
        s.put("position", position.getCode());
        s.put("location", location.getCode());
        s.put("pay_grade", payGrade == null ? null : payGrade.getCode());
        s.put("language", language);
        s.put("active", active);
        return s;
    }

    public LocalDate getLeftOn() { return leftOn; }
    public String getPersonnelNumber() { return personnelNumber; }
    public String getFullName() { return fullName; }
    public String getEmail() { return email; }
    public LocalDate getHireDate() { return hireDate; }
    public Position getPosition() { return position; }
    public Location getLocation() { return location; }
    public PayGrade getPayGrade() { return payGrade; }
    public String getLanguage() { return language; }
    public Locale locale() { return Languages.orEnglish(language); }
    public boolean isActive() { return active; }
}
