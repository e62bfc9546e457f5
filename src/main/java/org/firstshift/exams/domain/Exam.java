package org.firstshift.exams.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.firstshift.platform.persistence.Identified;

import java.util.Locale;

/**
 * A stored exam: its blueprint as canonical YAML (parsed once per revision and cached), and a
 * revision that a changed blueprint raises. Attempts copy what they need at start.
 */
@Entity
@Table(name = "exam")
@NamedQuery(name = "Exam.all", query = "SELECT e FROM Exam e ORDER BY e.code")
@NamedQuery(name = "Exam.findByCode", query = "SELECT e FROM Exam e WHERE e.code = :code")
public class Exam extends Identified {

    @Column(nullable = false)
    private String code;

    @Column(name = "title_en", nullable = false)
    private String titleEn;

    @Column(name = "title_ru", nullable = false)
    private String titleRu;

    @Column(nullable = false)
    private int revision;

    @Column(nullable = false)
    private String source;

    @Column(name = "certification_code")
    private String certificationCode;

    protected Exam() {
    }

    public Exam(Blueprint blueprint, String source) {
        this.code = blueprint.code();
        revise(blueprint, source);
    }

    /** A changed blueprint becomes a new revision; the same one changes nothing. */
    public boolean revise(Blueprint blueprint, String newSource) {
        if (newSource.equals(source)) {
            return false;
        }
        this.source = newSource;
        this.titleEn = blueprint.title().en();
        this.titleRu = blueprint.title().ru();
        this.certificationCode = blueprint.certificationCode();
        this.revision++;
        return true;
    }

    public String getCode() { return code; }
    public String title(Locale locale) { return "ru".equals(locale.getLanguage()) ? titleRu : titleEn; }
    public String getTitleEn() { return titleEn; }
    public int getRevision() { return revision; }
    public String getSource() { return source; }
    public String getCertificationCode() { return certificationCode; }
}
