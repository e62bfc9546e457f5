package org.firstshift.roleplay.application;

import java.time.Instant;
import java.util.List;

/**
 * A role-play attempt reached an ending: the learning record store writes it (and each choice)
 * as xAPI statements. Fired synchronously inside the transaction of the last choice or answer;
 * observers that act use {@code TransactionPhase.AFTER_SUCCESS}. {@code choices} are in the order
 * made, with the standard rule ids each one honoured or broke.
 */
public record RoleplayFinished(long employeeId, String scenarioCode, String scenarioTitle, long attemptId, int score,
                               int maxScore, int percent, int passMark, boolean passed, Instant startedAt, Instant at,
                               List<Choice> choices) {
    public RoleplayFinished {
        choices = List.copyOf(choices);
    }

    public record Choice(int seq, String nodeCode, String responseCode, int scoreDelta, List<String> honours,
                         List<String> breaks, Instant at) {
        public Choice {
            honours = honours == null ? List.of() : List.copyOf(honours);
            breaks = breaks == null ? List.of() : List.copyOf(breaks);
        }
    }
}
