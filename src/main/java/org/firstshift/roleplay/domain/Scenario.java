package org.firstshift.roleplay.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.firstshift.platform.persistence.Identified;

/**
 * A stored scenario: its YAML source (the single source of truth, parsed into a
 * {@link ScenarioGraph} when played), its objection type, and a revision number that attempts
 * refer to, so an edited scenario never rewrites the history of earlier attempts.
 */
@Entity
@Table(name = "scenario")
@NamedQuery(name = "Scenario.all", query = "SELECT s FROM Scenario s ORDER BY s.code")
@NamedQuery(name = "Scenario.findByCode", query = "SELECT s FROM Scenario s WHERE s.code = :code")
public class Scenario extends Identified {

    @Column(nullable = false, unique = true)
    private String code;

    @Column(nullable = false)
    private String objection;

    @Column(name = "title_en", nullable = false)
    private String titleEn;

    @Column(name = "title_ru", nullable = false)
    private String titleRu;

    @Column(nullable = false)
    private int revision;

    @Column(nullable = false)
    private String source;

    @Column(name = "pass_mark", nullable = false)
    private int passMark;

    protected Scenario() {
    }

    public Scenario(ScenarioGraph graph, String source) {
        this.code = graph.id();
        this.revision = 0;
        revise(graph, source);
    }

    /** A changed source makes a new revision; the same source changes nothing. Returns whether it changed. */
    public boolean revise(ScenarioGraph graph, String newSource) {
        if (newSource.equals(source)) {
            return false;
        }
        this.source = newSource;
        this.objection = graph.objection();
        this.titleEn = graph.title().en();
        this.titleRu = graph.title().ru();
        this.passMark = graph.passMark();
        this.revision++;
        return true;
    }

    public String getCode() { return code; }
    public String getObjection() { return objection; }
    public String getTitleEn() { return titleEn; }
    public String getTitleRu() { return titleRu; }
    public String title(java.util.Locale locale) { return "ru".equals(locale.getLanguage()) ? titleRu : titleEn; }
    public int getRevision() { return revision; }
    public String getSource() { return source; }
    public int getPassMark() { return passMark; }
}
