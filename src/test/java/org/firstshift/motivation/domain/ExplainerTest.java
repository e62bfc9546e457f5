package org.firstshift.motivation.domain;

import org.firstshift.platform.results.ResultBook;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExplainerTest {
    static final LocalDate TODAY = LocalDate.of(2026, 3, 1);
    static final long ME = 3;
    static final Locale RU = Locale.forLanguageTag("ru");

    static final Explainer.Lookups LOOKUPS = new Explainer.Lookups() {
        final Map<String, String> titles = Map.of("EXTRA-01", "Offer an additional product", "CLOSE-02", "Name the price benefit");
        final Map<String, String> titlesRu = Map.of("EXTRA-01", "Предложите сопутствующий товар", "CLOSE-02", "Назовите выгоду цены");

        @Override
        public String ruleTitle(String ruleId) {
            return titles.getOrDefault(ruleId, ruleId);
        }

        @Override
        public List<String> lessonsFor(String ruleId) {
            return ruleId.equals("EXTRA-01") ? List.of("Sales basics · Additional products") : List.of();
        }
    };

    /** A confident consultant: certified until 12 May, last three audits 80, 88, 90 (86 on average). */
    static ResultBook confident() {
        ResultBook book = new ResultBook();
        book.add(new ResultBook.RoleplayResult(ME, "A", true, Instant.parse("2026-01-10T10:00:00Z")));
        book.add(new ResultBook.RoleplayResult(ME, "A", false, Instant.parse("2026-01-11T10:00:00Z")));
        book.add(new ResultBook.RoleplayResult(ME, "B", true, Instant.parse("2026-01-12T10:00:00Z")));
        book.add(new ResultBook.CertificationCycle(ME, "RETAIL-SERVICE", LocalDate.of(2025, 5, 13), LocalDate.of(2026, 5, 12), false));
        book.add(new ResultBook.ExamResult(ME, "RETAIL-CERT-EXAM", 85, true, Instant.parse("2025-05-10T10:00:00Z")));
        book.add(new ResultBook.AuditResult(ME, 1, LocalDate.of(2026, 1, 20), 80, false, List.of("EXTRA-01", "CLOSE-02")));
        book.add(new ResultBook.AuditResult(ME, 2, LocalDate.of(2026, 2, 5), 88, false, List.of("EXTRA-01")));
        book.add(new ResultBook.AuditResult(ME, 3, LocalDate.of(2026, 2, 20), 90, false, List.of()));
        book.add(new ResultBook.Tenure(ME, "SALES_CONSULTANT", LocalDate.of(2025, 12, 1)));
        return book;
    }

    @Test
    void theEvaluatorPlacesTheEmployeeInTheHighestTierWhoseConditionsAreAllMet() {
        Evaluation e = TierEvaluator.evaluate(Schemes.demo(), confident().of(ME), TODAY);
        assertEquals("CONFIDENT", e.tier().code());
        assertEquals("EXPERT", e.next().orElseThrow().code());
        assertEquals(List.of(ConditionKind.ROLEPLAY_PASS_RATE, ConditionKind.AUDIT_AVERAGE, ConditionKind.SHADOWING_PLAN,
                ConditionKind.TIME_IN_ROLE), e.missing().stream().map(c -> c.condition().kind()).toList());
        assertEquals("TRAINEE", TierEvaluator.evaluate(Schemes.demo(), new ResultBook().of(ME), TODAY).tier().code());
    }

    @Test
    void englishNamesTheTierTheFactsTheMissingAverageTheRulesAndTheLessons() {
        Explainer.Text t = new Explainer(Locale.ENGLISH, LOOKUPS).explain(TierEvaluator.evaluate(Schemes.demo(), confident().of(ME), TODAY));
        String text = t.text();
        assertTrue(text.startsWith("You are a Confident consultant (pay grade G3) because "), text);
        assertTrue(text.contains("your RETAIL-SERVICE certification is valid until 12 May"), text);
        assertTrue(text.contains("your last 3 audits average 86%"), text);
        assertTrue(text.contains("you passed 2 of 3 role-plays (67%)"), text);
        assertTrue(text.contains("To become an Expert (pay grade G4) you need to pass at least 80% of your last 10 role-plays"), text);
        assertTrue(text.contains("You also need an average of at least 90% over your last 3 audits; your last 3 audits average 86%."), text);
        assertTrue(text.contains("The rules you missed most were 'Offer an additional product' (2 of 3 visits) and 'Name the price benefit' (1 of 3 visits)."), text);
        assertTrue(text.contains("You also need 6 months in your role; you have been in your role for 3 months (since 1 December 2025)."), text);
        assertTrue(text.contains("Lessons that help: Sales basics · Additional products."), text);
        assertFalse(text.contains("{"), "no unfilled placeholder: " + text);
    }

    @Test
    void russianIsNaturalWithPluralFormsAndGenitiveMonths() {
        Explainer.Text t = new Explainer(RU, new Explainer.Lookups() {
            @Override
            public String ruleTitle(String ruleId) {
                return ruleId.equals("EXTRA-01") ? "Предложите сопутствующий товар" : "Назовите выгоду цены";
            }

            @Override
            public List<String> lessonsFor(String ruleId) {
                return List.of();
            }
        }).explain(TierEvaluator.evaluate(Schemes.demo(), confident().of(ME), TODAY));
        String text = t.text();
        assertTrue(text.startsWith("Ваш уровень — «Уверенный консультант» (грейд G3), потому что "), text);
        assertTrue(text.contains("ваш сертификат RETAIL-SERVICE действует до 12 мая"), text);
        assertTrue(text.contains("ваш средний балл за последние 3 визита — 86%"), text);
        assertTrue(text.contains("вы успешно прошли 2 из 3 ролевых игр (67%)"), text);
        assertTrue(text.contains("Для уровня «Эксперт» (грейд G4) нужно: "), text);
        assertTrue(text.contains("Чаще всего вы нарушали правила «Предложите сопутствующий товар» (2 из 3 визитов) и «Назовите выгоду цены» (1 из 3 визитов)."), text);
        assertTrue(text.contains("Ещё нужно: 6 месяцев в должности; вы в должности 3 месяца (с 1 декабря 2025)."), text);
        assertFalse(text.contains("Помогут уроки"), "no lesson known, no lesson sentence: " + text);
    }

    @Test
    void russianPluralsFollowTheNumber() {
        Explainer ru = new Explainer(RU, Explainer.Lookups.CODES_ONLY);
        assertEquals("средний балл аудитов не ниже 90% за последний 1 визит", ru.requirement(Condition.auditAverage(90, 1)));
        assertEquals("средний балл аудитов не ниже 90% за последние 2 визита", ru.requirement(Condition.auditAverage(90, 2)));
        assertEquals("средний балл аудитов не ниже 90% за последние 5 визитов", ru.requirement(Condition.auditAverage(90, 5)));
        assertEquals("ни одного критического нарушения за последние 21 визит".replace("последние 21", "последний 21"),
                ru.requirement(Condition.noCriticalFailures(21, 0)));
        assertEquals("1 месяц в должности", ru.requirement(Condition.timeInRole(1)));
        assertEquals("2 месяца в должности", ru.requirement(Condition.timeInRole(2)));
        assertEquals("11 месяцев в должности", ru.requirement(Condition.timeInRole(11)));
        assertEquals("22 месяца в должности", ru.requirement(Condition.timeInRole(22)));
        assertEquals(List.of("one", "few", "many", "many", "one", "few", "many", "many"),
                List.of(1, 2, 5, 11, 21, 22, 25, 111).stream().map(n -> Plurals.category(n, RU)).toList());
        assertEquals("12 мая", ru.date(LocalDate.of(2026, 5, 12), TODAY));
    }

    @Test
    void aNewHireIsToldWhereEveryoneStartsAndWhatTheFirstStepIs() {
        Evaluation e = TierEvaluator.evaluate(Schemes.demo(), new ResultBook().of(ME), TODAY);
        String en = new Explainer(Locale.ENGLISH, LOOKUPS).explain(e).text();
        assertEquals("You are a Trainee (pay grade G1): everyone starts here. To become a Consultant (pay grade G2) you need "
                + "to pass at least 60% of your last 10 role-plays; you have not finished a role-play yet.", en);
        String ru = new Explainer(RU, LOOKUPS).explain(e).text();
        assertEquals("Ваш уровень — «Стажёр» (грейд G1): с него начинают все. Для уровня «Консультант» (грейд G2) нужно: "
                + "не меньше 60% успешных ролевых игр в последних 10 попытках; вы ещё не прошли ни одной ролевой игры.", ru);
    }

    @Test
    void whatIfFindsTheAuditScoreThatReachesTheNextTier() {
        ResultBook book = confident();
        // everything for Expert but the audit average: plan done, a year in role, all role-plays passed
        book.add(new ResultBook.ShadowingResult(ME, "SH-SALES", Instant.parse("2026-01-05T10:00:00Z")));
        book.add(new ResultBook.Tenure(ME, "SALES_CONSULTANT", LocalDate.of(2025, 1, 1)));
        book.add(new ResultBook.RoleplayResult(ME, "C", true, Instant.parse("2026-02-01T10:00:00Z")));
        book.add(new ResultBook.RoleplayResult(ME, "D", true, Instant.parse("2026-02-02T10:00:00Z")));
        ResultBook.Results r = book.of(ME);
        Optional<Integer> needed = WhatIf.auditScoreForNextTier(Schemes.demo(), r, TODAY);
        assertEquals(Optional.of(95), needed, "88, 90 and 95 average 91; 90 gives 89.3");
        Evaluation now = TierEvaluator.evaluate(Schemes.demo(), r, TODAY);
        Evaluation then = WhatIf.nextAudit(Schemes.demo(), r, TODAY, 95);
        assertEquals("If your next audit is 95%, you would reach Expert (pay grade G4).",
                new Explainer(Locale.ENGLISH, LOOKUPS).whatIfAudit(95, now, then));
        assertEquals("Если следующий аудит будет на 95%, вы перейдёте на уровень «Эксперт» (грейд G4).",
                new Explainer(RU, LOOKUPS).whatIfAudit(95, now, then));
        assertEquals(3, r.audits.size(), "the real results are untouched");
    }
}
