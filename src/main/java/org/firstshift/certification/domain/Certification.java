package org.firstshift.certification.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.firstshift.platform.i18n.LocalizedText;
import org.firstshift.platform.persistence.Identified;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** A certification as the company defines it in content: its name and its date rules. */
@Entity
@Table(name = "certification")
@NamedQuery(name = "Certification.all", query = "SELECT c FROM Certification c ORDER BY c.code")
@NamedQuery(name = "Certification.findByCode", query = "SELECT c FROM Certification c WHERE c.code = :code")
public class Certification extends Identified {
    public static final String CODE_PATTERN = "[A-Z0-9][A-Z0-9_-]{0,39}";

    @Column(nullable = false, unique = true)
    private String code;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "en", column = @Column(name = "name_en")),
            @AttributeOverride(name = "ru", column = @Column(name = "name_ru"))})
    private LocalizedText name;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "en", column = @Column(name = "description_en")),
            @AttributeOverride(name = "ru", column = @Column(name = "description_ru"))})
    private LocalizedText description;

    @Column(name = "validity_months", nullable = false)
    private int validityMonths;

    @Column(name = "recert_window_days", nullable = false)
    private int recertWindowDays;

    /** Comma-separated days before expiry, e.g. "30,7"; empty for no reminders. */
    @Column(name = "reminder_days", nullable = false)
    private String reminderDays;

    protected Certification() {
    }

    public Certification(String code, LocalizedText name, LocalizedText description, CertificationTerms terms) {
        if (code == null || !code.matches(CODE_PATTERN)) {
            throw new IllegalArgumentException("certification code '" + code + "' must be upper-case letters, digits, '_' or '-'");
        }
        this.code = code;
        describe(name, description, terms);
    }

    public final void describe(LocalizedText newName, LocalizedText newDescription, CertificationTerms terms) {
        this.name = Objects.requireNonNull(newName, "name is required");
        this.description = newDescription;
        this.validityMonths = terms.validityMonths();
        this.recertWindowDays = terms.windowDays();
        this.reminderDays = terms.reminderDays().stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    public CertificationTerms terms() {
        List<Integer> days = reminderDays == null || reminderDays.isBlank() ? List.of()
                : Arrays.stream(reminderDays.split(",")).map(String::strip).map(Integer::valueOf).toList();
        return new CertificationTerms(validityMonths, recertWindowDays, days);
    }

    public String getCode() { return code; }
    public LocalizedText getName() { return name; }
    public LocalizedText getDescription() { return description; }
    public int getValidityMonths() { return validityMonths; }
    public int getRecertWindowDays() { return recertWindowDays; }
}
