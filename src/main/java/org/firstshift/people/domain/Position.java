package org.firstshift.people.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.firstshift.platform.i18n.LocalizedText;
import org.firstshift.platform.persistence.Identified;

import java.util.Map;

/** A job position such as sales consultant or cashier; programs and standards target positions. */
@Entity
@Table(name = "job_position")
@NamedQuery(name = "Position.all", query = "SELECT p FROM Position p ORDER BY p.code")
@NamedQuery(name = "Position.findByCode", query = "SELECT p FROM Position p WHERE p.code = :code")
public class Position extends Identified {
    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @Embedded
    private LocalizedText name;

    protected Position() {
    }

    public Position(String code, LocalizedText name) {
        this.code = Codes.requireValid(code);
        this.name = name;
    }

    public void rename(LocalizedText newName) {
        this.name = newName;
    }

    public String getCode() { return code; }
    public LocalizedText getName() { return name; }

    public Map<String, Object> snapshot() {
        return Map.of("code", code, "name_en", name.en(), "name_ru", name.ru());
    }
}
