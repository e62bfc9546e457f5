package org.firstshift.people.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.firstshift.people.application.EmployeeQuery;
import org.firstshift.people.application.Mentoring;
import org.firstshift.people.application.Organisation;
import org.firstshift.people.application.People;
import org.firstshift.people.domain.Employee;
import org.firstshift.people.domain.Location;
import org.firstshift.people.domain.MentorAssignment;
import org.firstshift.people.domain.PayGrade;
import org.firstshift.people.domain.Position;
import org.firstshift.platform.i18n.LocalizedText;
import org.firstshift.platform.web.FacesMessages;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** Positions, stores, pay grades and mentor assignments on one page for HR. */
@Named
@ViewScoped
public class OrganisationPage implements Serializable {

    @Inject
    Organisation organisation;

    @Inject
    Mentoring mentoring;

    @Inject
    People people;

    private String kind = "position";
    private String code;
    private String nameEn;
    private String nameRu;
    private String city;
    private int rank = 1;

    private Long mentorId;
    private Long traineeId;
    private LocalDate startsOn = LocalDate.now();
    private LocalDate endsOn;

    public void save() {
        if (FacesMessages.attempt(() -> {
            LocalizedText name = new LocalizedText(nameEn, nameRu);
            String c = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
            switch (kind) {
                case "location" -> organisation.saveLocation(c, name, city);
                case "payGrade" -> organisation.savePayGrade(c, name, rank);
                default -> organisation.savePosition(c, name);
            }
        })) {
            FacesMessages.info(code + " ✓");
            code = nameEn = nameRu = city = null;
        }
    }

    public void assign() {
        if (mentorId == null || traineeId == null) {
            FacesMessages.error("mentor and trainee are required");
            return;
        }
        if (FacesMessages.attempt(() -> mentoring.assign(mentorId, traineeId, startsOn, endsOn))) {
            FacesMessages.info("✓");
            mentorId = traineeId = null;
        }
    }

    public void end(long assignmentId) {
        FacesMessages.attempt(() -> mentoring.end(assignmentId, LocalDate.now()));
    }

    public List<Position> getPositions() { return organisation.positions(); }
    public List<Location> getLocations() { return organisation.locations(); }
    public List<PayGrade> getPayGrades() { return organisation.payGrades(); }
    public List<MentorAssignment> getAssignments() { return mentoring.all(); }
    public List<Employee> getEmployees() { return people.search(EmployeeQuery.all()); }

    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
    public String getNameRu() { return nameRu; }
    public void setNameRu(String nameRu) { this.nameRu = nameRu; }
    public String getCity() { return city; }
    public void setCity(String city) { this.city = city; }
    public int getRank() { return rank; }
    public void setRank(int rank) { this.rank = rank; }
    public Long getMentorId() { return mentorId; }
    public void setMentorId(Long mentorId) { this.mentorId = mentorId; }
    public Long getTraineeId() { return traineeId; }
    public void setTraineeId(Long traineeId) { this.traineeId = traineeId; }
    public LocalDate getStartsOn() { return startsOn; }
    public void setStartsOn(LocalDate startsOn) { this.startsOn = startsOn; }
    public LocalDate getEndsOn() { return endsOn; }
    public void setEndsOn(LocalDate endsOn) { this.endsOn = endsOn; }
}
