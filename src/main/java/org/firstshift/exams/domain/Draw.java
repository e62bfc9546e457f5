package org.firstshift.exams.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Draws the questions of one attempt from a bank by a blueprint: each section in order takes
 * {@code draw} random questions that fit it and were not drawn by an earlier section; the
 * questions of a section are shown in random order, and the options of each question are shuffled
 * when the blueprint says so (ordering items always are, or the right order would be given away;
 * matching targets always are).
 */
public final class Draw {
    private Draw() {
    }

    public interface Revisions {
        int of(String questionCode);
    }

    public static List<DrawnItem> draw(Blueprint blueprint, List<Question> bank, Revisions revisions, Random random) {
        List<DrawnItem> items = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (Blueprint.Section section : blueprint.sections()) {
            List<Question> fitting = new ArrayList<>(bank.stream().filter(section::admits)
                    .filter(q -> !taken.contains(q.code())).toList());
            if (fitting.size() < section.draw()) {
                throw new IllegalStateException("section '" + section.code() + "' needs " + section.draw()
                        + " questions but only " + fitting.size() + " fit");
            }
            Collections.shuffle(fitting, random);
            for (Question q : fitting.subList(0, section.draw())) {
                taken.add(q.code());
                items.add(new DrawnItem(section.code(), q.code(), revisions.of(q.code()), order(q, blueprint.shuffleOptions(), random)));
            }
        }
        return items;
    }

    static List<String> order(Question q, boolean shuffle, Random random) {
        List<String> ids = new ArrayList<>((q.type() == QuestionType.MATCHING ? q.targets() : q.options())
                .stream().map(Choice::id).toList());
        if (q.type() == QuestionType.ORDERING) {
            List<String> right = List.copyOf(ids);
            do {
                Collections.shuffle(ids, random);
            } while (ids.equals(right) && ids.size() > 1);
        } else if (shuffle || q.type() == QuestionType.MATCHING) {
            Collections.shuffle(ids, random);
        }
        return ids;
    }
}
