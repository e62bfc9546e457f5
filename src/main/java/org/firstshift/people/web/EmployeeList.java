package org.firstshift.people.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.firstshift.people.application.EmployeeQuery;
import org.firstshift.people.application.Organisation;
import org.firstshift.people.application.People;
import org.firstshift.people.domain.Employee;
import org.firstshift.people.domain.Location;
import org.firstshift.people.domain.Position;

import java.io.Serializable;
import java.util.List;

/** HR's people page: search by name or number, filter by store and position. */
@Named
@ViewScoped
public class EmployeeList implements Serializable {

    @Inject
    People people;

    @Inject
    Organisation organisation;

    private String text;
    private String location;
    private String position;
    private boolean inactive;
    private List<Employee> results;

    public void search() {
        results = people.search(new EmployeeQuery(text, location, position, inactive, 0, 500));
    }

    public List<Employee> getResults() {
        if (results == null) {
            search();
        }
        return results;
    }

    public List<Location> getLocations() {
        return organisation.locations();
    }

    public List<Position> getPositions() {
        return organisation.positions();
    }

    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public String getLocation() { return location; }
    public void setLocation(String location) { this.location = location; }
    public String getPosition() { return position; }
    public void setPosition(String position) { this.position = position; }
    public boolean isInactive() { return inactive; }
    public void setInactive(boolean inactive) { this.inactive = inactive; }
}
