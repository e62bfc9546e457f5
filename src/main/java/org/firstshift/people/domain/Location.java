package org.firstshift.people.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.firstshift.platform.i18n.LocalizedText;
import org.firstshift.platform.persistence.Identified;

import java.util.HashMap;
import java.util.Map;

/** A place where people work: a store, a filling station, a branch. */
@Entity
@Table(name = "location")
@NamedQuery(name = "Location.all", query = "SELECT l FROM Location l ORDER BY l.code")
@NamedQuery(name = "Location.findByCode", query = "SELECT l FROM Location l WHERE l.code = :code")
public class Location extends Identified {
    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @Embedded
    private LocalizedText name;

    @Column(length = 200)
    private String city;

    protected Location() {
    }

    public Location(String code, LocalizedText name, String city) {
        this.code = Codes.requireValid(code);
        this.name = name;
        this.city = city;
    }

    public void describe(LocalizedText newName, String newCity) {
        this.name = newName;
        this.city = newCity;
    }

    public String getCode() { return code; }
    public LocalizedText getName() { return name; }
    public String getCity() { return city; }

    public Map<String, Object> snapshot() {
        Map<String, Object> s = new HashMap<>();
        s.put("code", code);
        s.put("name_en", name.en());
        s.put("name_ru", name.ru());
        s.put("city", city);
        return s;
    }
}
