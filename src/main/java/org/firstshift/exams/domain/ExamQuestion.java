package org.firstshift.exams.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.firstshift.platform.persistence.Identified;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * A stored revision of a bank question. The question itself is kept as its canonical YAML (the
 * same format authors write), parsed once per revision into a {@link Question} and cached. A
 * changed question becomes a new revision and the old one is retired, never deleted: attempts
 * refer to the revision they drew, so their scores and reviews stay as they were.
 */
@Entity
@Table(name = "exam_question")
@NamedQuery(name = "ExamQuestion.current", query = "SELECT q FROM ExamQuestion q WHERE q.retiredAt IS NULL ORDER BY q.code")
@NamedQuery(name = "ExamQuestion.currentByCode", query = "SELECT q FROM ExamQuestion q WHERE q.code = :code AND q.retiredAt IS NULL")
@NamedQuery(name = "ExamQuestion.revision", query = "SELECT q FROM ExamQuestion q WHERE q.code = :code AND q.revision = :revision")
@NamedQuery(name = "ExamQuestion.lastRevision", query = "SELECT MAX(q.revision) FROM ExamQuestion q WHERE q.code = :code")
public class ExamQuestion extends Identified {

    @Column(nullable = false)
    private String code;

    @Column(nullable = false)
    private int revision;

    @Column(nullable = false)
    private String type;

    @Column(nullable = false)
    private int difficulty;

    /** Rule ids, comma-separated (for browsing and the standard's "what refers to this rule"). */
    @Column(nullable = false)
    private String rules;

    @Column(nullable = false)
    private String topics;

    @Column(name = "text_en", nullable = false)
    private String textEn;

    @Column(nullable = false)
    private String source;

    /** Where the revision came from: content, csv or qti. */
    @Column(nullable = false)
    private String origin;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "retired_at")
    private Instant retiredAt;

    protected ExamQuestion() {
    }

    public ExamQuestion(Question q, int revision, String source, String origin, Instant at) {
        this.code = q.code();
        this.revision = revision;
        this.type = q.type().key();
        this.difficulty = q.difficulty();
        this.rules = String.join(",", q.rules());
        this.topics = String.join(",", q.topics());
        this.textEn = q.text().en().length() > 1000 ? q.text().en().substring(0, 1000) : q.text().en();
        this.source = source;
        this.origin = origin;
        this.createdAt = at;
    }

    public void retire(Instant at) {
        this.retiredAt = at;
    }

    public String getCode() { return code; }
    public int getRevision() { return revision; }
    public String getType() { return type; }
    public int getDifficulty() { return difficulty; }
    public List<String> getRules() { return rules.isEmpty() ? List.of() : Arrays.asList(rules.split(",")); }
    public List<String> getTopics() { return topics.isEmpty() ? List.of() : Arrays.asList(topics.split(",")); }
    public String getTextEn() { return textEn; }
    public String getSource() { return source; }
    public String getOrigin() { return origin; }
    public Instant getRetiredAt() { return retiredAt; }
}
