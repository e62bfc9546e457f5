package org.firstshift.reporting.application;

import org.firstshift.learning.domain.ActivityProgress;
import org.firstshift.learning.domain.ActivitySlot;
import org.firstshift.learning.domain.Audience;
import org.firstshift.learning.domain.Program;
import org.firstshift.learning.domain.ProgramPlan;
import org.firstshift.platform.i18n.LocalizedText;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Small builders for the report's inputs: real domain objects and records, no container. */
final class Fixtures {
    static final Labelled CENTRAL = new Labelled("STORE-CENTRAL", new LocalizedText("Central Avenue", "Центральный проспект"));
    static final Labelled MALL = new Labelled("STORE-MALL", new LocalizedText("Riverside Mall", "ТЦ «Набережная»"));
    static final Labelled SALES = new Labelled("SALES_CONSULTANT", new LocalizedText("Sales consultant", "Продавец-консультант"));
    static final Labelled CASHIER = new Labelled("CASHIER", new LocalizedText("Cashier", "Кассир"));
    static final Labelled ONBOARD_SALES = new Labelled("ONBOARD-SALES", new LocalizedText("Onboarding: sales", "Адаптация: продажи"));
    static final Labelled ONBOARD_CASHIER = new Labelled("ONBOARD-CASHIER", new LocalizedText("Onboarding: cashier", "Адаптация: кассир"));

    private Fixtures() {
    }

    static Learner learner(long id, String name, LocalDate hired, Labelled store, Labelled position) {
        return new Learner(id, "NW-" + id, name, hired, store, position);
    }

    /** A program of lessons L1..Ln, due on the given days, without prerequisites. */
    static Program program(String code, int... dueDays) {
        Program p = new Program(code, new LocalizedText(code + " title", code + " название"), null,
                new Audience(List.of(), List.of()));
        List<ActivitySlot> slots = new java.util.ArrayList<>();
        for (int i = 0; i < dueDays.length; i++) {
            slots.add(new ActivitySlot("A" + (i + 1), "lesson", "L" + (i + 1), dueDays[i], List.of()));
        }
        p.plan(slots);
        return p;
    }

    /** Progress of one employee, built through the entity's own behaviour. */
    static final class Done {
        private final Map<String, ActivityProgress> byKey = new HashMap<>();

        Done completed(String lesson, String at) {
            ActivityProgress p = new ActivityProgress(1, "lesson", lesson, Instant.parse(at).minusSeconds(600));
            p.attempt(100, true, Instant.parse(at));
            byKey.put(ProgramPlan.key("lesson", lesson), p);
            return this;
        }

        Done failed(String lesson, String at) {
            ActivityProgress p = new ActivityProgress(1, "lesson", lesson, Instant.parse(at).minusSeconds(600));
            p.attempt(40, false, Instant.parse(at));
            byKey.put(ProgramPlan.key("lesson", lesson), p);
            return this;
        }

        Map<String, ActivityProgress> map() {
            return byKey;
        }
    }

    /** A computed row, for aggregation tests that do not care how it was computed. */
    static EmployeeProgress row(Learner learner, Labelled program, int completed, int total, int overdue,
                                LocalDate readyOn, long days) {
        List<OverdueActivity> late = new java.util.ArrayList<>();
        for (int i = 0; i < overdue; i++) {
            late.add(new OverdueActivity(learner, program, "Lesson " + (i + 1), learner.hireDate().plusDays(i), days - i, "lesson", "L-" + i));
        }
        return new EmployeeProgress(learner, program, total == 0 ? 0 : 100 * completed / total, completed, total, late,
                readyOn, days);
    }
}
