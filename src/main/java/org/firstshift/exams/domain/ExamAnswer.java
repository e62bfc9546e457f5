package org.firstshift.exams.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.firstshift.platform.persistence.Identified;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;

/**
 * The saved answer to one question of one attempt: one row, inserted at the first save and updated
 * by later ones (an autosave is one small write). Its version is the answer's revision, which the
 * client may send back so that a stale tab cannot overwrite a newer answer.
 */
@Entity
@Table(name = "exam_answer")
@NamedQuery(name = "ExamAnswer.ofAttempt", query = "SELECT a FROM ExamAnswer a WHERE a.attemptId = :attempt")
@NamedQuery(name = "ExamAnswer.one", query = "SELECT a FROM ExamAnswer a WHERE a.attemptId = :attempt AND a.questionCode = :question")
@NamedQuery(name = "ExamAnswer.ofAttempts", query = "SELECT a FROM ExamAnswer a WHERE a.attemptId IN :attempts")
public class ExamAnswer extends Identified {

    @Column(name = "attempt_id", nullable = false)
    private long attemptId;

    @Column(name = "question_code", nullable = false)
    private String questionCode;

    /** The answer values, one per line (values never contain a line break). */
    @Column(name = "answer_values", nullable = false)
    private String answerValues;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    protected ExamAnswer() {
    }

    public ExamAnswer(long attemptId, String questionCode, List<String> values, Instant at) {
        this.attemptId = attemptId;
        this.questionCode = questionCode;
        this.answerValues = encode(values);
        this.savedAt = at.truncatedTo(ChronoUnit.MICROS);
    }

    /** Changes the answer; the same answer again changes nothing (a repeated PUT is harmless). */
    public boolean change(List<String> values, Instant at) {
        String encoded = encode(values);
        if (encoded.equals(answerValues)) {
            return false;
        }
        this.answerValues = encoded;
        this.savedAt = at.truncatedTo(ChronoUnit.MICROS);
        return true;
    }

    public static String encode(List<String> values) {
        return String.join("\n", values.stream().map(v -> v.replaceAll("[\\r\\n]+", " ")).toList());
    }

    public List<String> values() {
        return answerValues.isEmpty() ? List.of() : Arrays.asList(answerValues.split("\n", -1));
    }

    public long getAttemptId() { return attemptId; }
    public String getQuestionCode() { return questionCode; }
    public Instant getSavedAt() { return savedAt; }
}
