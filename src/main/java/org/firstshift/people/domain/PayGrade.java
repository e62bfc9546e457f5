package org.firstshift.people.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.firstshift.platform.i18n.LocalizedText;
import org.firstshift.platform.persistence.Identified;

import java.util.Map;

/** A pay grade (e.g. G1..G5); the rank orders grades from lowest to highest. */
@Entity
@Table(name = "pay_grade")
@NamedQuery(name = "PayGrade.all", query = "SELECT g FROM PayGrade g ORDER BY g.rank")
@NamedQuery(name = "PayGrade.findByCode", query = "SELECT g FROM PayGrade g WHERE g.code = :code")
public class PayGrade extends Identified {
    @Column(nullable = false, unique = true, length = 20)
    private String code;

    @Embedded
    private LocalizedText name;

    @Column(name = "rank_no", nullable = false)
    private int rank;

    protected PayGrade() {
    }

    public PayGrade(String code, LocalizedText name, int rank) {
        this.code = Codes.requireValid(code);
        this.name = name;
        this.rank = rank;
    }

    public void rename(LocalizedText newName, int newRank) {
        this.name = newName;
        this.rank = newRank;
    }

    public String getCode() { return code; }
    public LocalizedText getName() { return name; }
    public int getRank() { return rank; }

    public Map<String, Object> snapshot() {
        return Map.of("code", code, "name_en", name.en(), "name_ru", name.ru(), "rank", rank);
    }
}
