package org.firstshift.roleplay.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.firstshift.platform.persistence.CodeListConverter;
import org.firstshift.platform.persistence.Identified;

import java.time.Instant;
import java.util.List;

/** One choice made in an attempt, kept for the debrief and for per-choice analytics. */
@Entity
@Table(name = "roleplay_choice")
public class ChoiceRecord extends Identified {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "attempt_id")
    private RoleplayAttempt attempt;

    @Column(nullable = false)
    private int seq;

    @Column(name = "node_code", nullable = false)
    private String nodeCode;

    @Column(name = "response_code", nullable = false)
    private String responseCode;

    @Column(name = "score_delta", nullable = false)
    private int scoreDelta;

    @Convert(converter = CodeListConverter.class)
    private List<String> honours;

    @Convert(converter = CodeListConverter.class)
    private List<String> breaks;

    @Column(name = "chosen_at", nullable = false)
    private Instant chosenAt;

    protected ChoiceRecord() {
    }

    ChoiceRecord(RoleplayAttempt attempt, int seq, String nodeCode, Response response, Instant at) {
        this.attempt = attempt;
        this.seq = seq;
        this.nodeCode = nodeCode;
        this.responseCode = response.id();
        this.scoreDelta = response.score();
        this.honours = response.honours();
        this.breaks = response.breaks();
        this.chosenAt = at;
    }

    public int getSeq() { return seq; }
    public String getNodeCode() { return nodeCode; }
    public String getResponseCode() { return responseCode; }
    public int getScoreDelta() { return scoreDelta; }
    public List<String> getHonours() { return honours; }
    public List<String> getBreaks() { return breaks; }
    public Instant getChosenAt() { return chosenAt; }
}
