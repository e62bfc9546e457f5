package org.firstshift.exams.domain;

import org.firstshift.platform.i18n.LocalizedText;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How an exam is put together and run: sections that each draw questions from the bank, the time
 * limit, how many attempts and how long to wait between them, the pass mark, the certification a
 * pass grants, and when the learner may see the right answers (the review opens
 * {@code reviewDelay} after the attempt is scored; null = never).
 */
public record Blueprint(String code, LocalizedText title, String certificationCode, Duration timeLimit,
                        int attemptsAllowed, Duration waitBetween, int passMark, Duration reviewDelay,
                        boolean shuffleOptions, List<Section> sections) {

    public Blueprint {
        sections = List.copyOf(sections);
    }

    /**
     * One part of the exam: draws {@code draw} questions that carry any of {@code tags} (a rule id
     * or a topic; empty = any), and whose difficulty is among {@code difficulties} (empty = any).
     */
    public record Section(String code, LocalizedText title, int draw, Set<String> tags, Set<Integer> difficulties) {
        public Section {
            tags = Set.copyOf(tags);
            difficulties = Set.copyOf(difficulties);
        }

        public boolean admits(Question q) {
            return (tags.isEmpty() || tags.stream().anyMatch(q::hasTag))
                    && (difficulties.isEmpty() || difficulties.contains(q.difficulty()));
        }
    }

    public int questionCount() {
        return sections.stream().mapToInt(Section::draw).sum();
    }

    /** Every problem of the blueprint against a bank; empty when every section can be drawn. */
    public List<String> problems(List<Question> bank) {
        List<String> p = new ArrayList<>();
        if (code == null || !code.matches("[A-Z0-9][A-Z0-9_-]{0,39}")) {
            p.add("exam code '" + code + "' must be 1-40 capital letters, digits, '_' or '-'");
        }
        if (timeLimit == null || timeLimit.isNegative() || timeLimit.isZero()) {
            p.add("time_limit_minutes must be positive");
        }
        if (attemptsAllowed < 1) {
            p.add("attempts must be at least 1");
        }
        if (waitBetween == null || waitBetween.isNegative()) {
            p.add("wait_minutes must not be negative");
        }
        if (passMark < 1 || passMark > 100) {
            p.add("pass_mark must be a percentage from 1 to 100");
        }
        if (sections.isEmpty()) {
            p.add("an exam needs at least one section");
        }
        Set<String> codes = new HashSet<>();
        Set<String> used = new HashSet<>();
        for (Section s : sections) {
            if (!codes.add(s.code())) {
                p.add("section '" + s.code() + "' is defined twice");
            }
            if (s.draw() < 1) {
                p.add("section '" + s.code() + "' must draw at least 1 question");
            }
            // Sections draw in order and never repeat a question, so count what is left for each.
            long available = bank.stream().filter(s::admits).filter(q -> !used.contains(q.code())).count();
            if (available < s.draw()) {
                p.add("section '" + s.code() + "' draws " + s.draw() + " questions but the bank has only "
                        + available + " that fit (tags " + s.tags() + ", difficulty " + s.difficulties() + ")");
            }
            bank.stream().filter(s::admits).filter(q -> !used.contains(q.code())).limit(s.draw()).forEach(q -> used.add(q.code()));
        }
        return p;
    }
}
