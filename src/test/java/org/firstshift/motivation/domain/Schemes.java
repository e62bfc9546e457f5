package org.firstshift.motivation.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The demo scheme (as content/demo/tiers.yaml has it) built in code for unit tests. */
final class Schemes {
    static final Map<String, Integer> GRADES = Map.of("G1", 1, "G2", 2, "G3", 3, "G4", 4, "G5", 5);

    static final Condition ROLEPLAY = Condition.roleplayPassRate(60, 10, 1);
    static final Condition PLAN = Condition.of(ConditionKind.SHADOWING_PLAN, "SH-SALES");
    static final Condition CERT = Condition.of(ConditionKind.CERTIFICATION, "RETAIL-SERVICE");

    private Schemes() {
    }

    static TierScheme demo() {
        return new TierScheme("RETAIL-TIERS", 1, LocalDate.of(2026, 1, 1), List.of(
                new Tier("TRAINEE", "Trainee", "Стажёр", "G1", List.of()),
                new Tier("CONSULTANT", "Consultant", "Консультант", "G2", List.of(ROLEPLAY)),
                new Tier("CONFIDENT", "Confident consultant", "Уверенный консультант", "G3", List.of(
                        Condition.roleplayPassRate(60, 10, 1), CERT, Condition.examBest("RETAIL-CERT-EXAM", 80),
                        Condition.auditAverage(80, 3), Condition.noCriticalFailures(0, 6))),
                new Tier("EXPERT", "Expert", "Эксперт", "G4", List.of(
                        Condition.roleplayPassRate(80, 10, 1), CERT, Condition.examBest("RETAIL-CERT-EXAM", 80),
                        Condition.auditAverage(90, 3), Condition.noCriticalFailures(0, 6), PLAN, Condition.timeInRole(6)))));
    }
}
