package org.firstshift.standards.web;

import org.firstshift.platform.i18n.LocalizedText;
import org.firstshift.standards.domain.Rule;
import org.firstshift.standards.domain.RuleDraft;
import org.firstshift.standards.domain.RuleKind;
import org.firstshift.standards.domain.RulePhrase;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The fields of the rule being edited or added in the draft, and their conversion to a {@link RuleDraft}. */
public class RuleForm implements Serializable {
    private final boolean adding;
    private final String section;
    private String code;
    private String kind = RuleKind.HARD.name();
    private String statementEn;
    private String statementRu;
    private List<String> positions = new ArrayList<>();
    private String dos;
    private String donts;

    private RuleForm(boolean adding, String section) {
        this.adding = adding;
        this.section = section;
    }

    /** An empty rule for a section; the author types its id. */
    static RuleForm newIn(String sectionCode) {
        return new RuleForm(true, sectionCode);
    }

    static RuleForm of(Rule rule) {
        RuleForm f = new RuleForm(false, rule.getSection().getCode());
        f.code = rule.getCode();
        f.kind = rule.getKind().name();
        f.statementEn = rule.getStatement().en();
        f.statementRu = rule.getStatement().ru();
        f.positions = new ArrayList<>(rule.getPositions());
        f.dos = PhraseLines.format(rule.getDos());
        f.donts = PhraseLines.format(rule.getDonts());
        return f;
    }

    /**
     * The rule as typed. Ids are taken in upper case (phones start sentences with a capital only);
     * a blank English statement is refused by {@link LocalizedText} with a message.
     */
    RuleDraft toDraft() {
        List<RulePhrase> phrases = new ArrayList<>(PhraseLines.parse(RulePhrase.Kind.DO, dos));
        phrases.addAll(PhraseLines.parse(RulePhrase.Kind.DONT, donts));
        String id = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        return new RuleDraft(id, RuleKind.valueOf(kind), new LocalizedText(statementEn, statementRu), positions, phrases);
    }

    public boolean isAdding() { return adding; }
    public String getSection() { return section; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getStatementEn() { return statementEn; }
    public void setStatementEn(String statementEn) { this.statementEn = statementEn; }
    public String getStatementRu() { return statementRu; }
    public void setStatementRu(String statementRu) { this.statementRu = statementRu; }
    public List<String> getPositions() { return positions; }
    public void setPositions(List<String> positions) { this.positions = positions == null ? new ArrayList<>() : positions; }
    public String getDos() { return dos; }
    public void setDos(String dos) { this.dos = dos; }
    public String getDonts() { return donts; }
    public void setDonts(String donts) { this.donts = donts; }
}
