package org.firstshift.motivation.domain;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TierSchemeTest {

    private static List<String> problems(TierScheme s) {
        return s.problems(Schemes.GRADES).stream().map(p -> p.where() + ": " + p.message()).toList();
    }

    private static TierScheme replaceTier(int index, Tier tier) {
        TierScheme demo = Schemes.demo();
        List<Tier> tiers = new ArrayList<>(demo.tiers());
        tiers.set(index, tier);
        return new TierScheme(demo.code(), 1, demo.effectiveFrom(), tiers);
    }

    @Test
    void theDemoSchemeIsValid() {
        assertEquals(List.of(), problems(Schemes.demo()));
    }

    @Test
    void aTierTheNextAsksNothingMoreThanIsUnreachable() {
        Tier expertLikeConfident = new Tier("EXPERT", "Expert", "Эксперт", "G4", Schemes.demo().tier(2).conditions());
        List<String> p = problems(replaceTier(3, expertLikeConfident));
        assertTrue(p.stream().anyMatch(m -> m.startsWith("tiers[2]: tier CONFIDENT is unreachable")), p.toString());
    }

    @Test
    void aHigherTierMustKeepEveryConditionAtLeastAsStrict() {
        Tier weaker = new Tier("EXPERT", "Expert", "Эксперт", "G4", List.of(Condition.roleplayPassRate(90, 10, 1),
                Schemes.CERT, Condition.examBest("RETAIL-CERT-EXAM", 70), Condition.auditAverage(95, 3), Schemes.PLAN));
        List<String> p = problems(replaceTier(3, weaker));
        assertTrue(p.contains("tiers[3]: tier EXPERT asks less than tier CONFIDENT in its exam_best condition: a higher tier must be at least as strict"), p.toString());
        assertTrue(p.contains("tiers[3]: tier EXPERT drops the no_critical_failures condition of tier CONFIDENT: a higher tier must keep every condition of the one below"), p.toString());
    }

    @Test
    void payGradesMustExistAndRise() {
        TierScheme demo = Schemes.demo();
        Tier t = demo.tier(2);
        List<String> p = problems(replaceTier(2, new Tier(t.code(), t.nameEn(), t.nameRu(), "G1", t.conditions())));
        assertTrue(p.contains("tiers[2]: pay grade G1 does not rank above the pay grade of the tier before it: tiers must be ordered by pay"), p.toString());
        List<String> unknown = problems(replaceTier(2, new Tier(t.code(), t.nameEn(), t.nameRu(), "G9", t.conditions())));
        assertTrue(unknown.contains("tiers[2]: unknown pay grade 'G9'"), unknown.toString());
    }

    @Test
    void conditionsNobodyCanMeetAndAConditionalFirstTierAreRefused() {
        TierScheme demo = Schemes.demo();
        List<String> p = problems(replaceTier(0, new Tier("TRAINEE", "Trainee", "Стажёр", "G1",
                List.of(Condition.auditAverage(120, 3)))));
        assertTrue(p.contains("tiers[0]: the first tier must have no conditions, so that everyone holds a tier"), p.toString());
        assertTrue(p.contains("tiers[0]: audit_average: min_percent must be between 1 and 100, not 120 (nobody could ever meet it)"), p.toString());
        assertTrue(problems(replaceTier(1, new Tier("CONSULTANT", "Consultant", "Консультант", "G2",
                List.of(Condition.roleplayPassRate(60, 3, 5))))).stream().anyMatch(m -> m.contains("nobody could ever meet it")));
        assertEquals(3, demo.indexOf("EXPERT"));
    }
}
