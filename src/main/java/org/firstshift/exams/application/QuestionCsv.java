package org.firstshift.exams.application;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.firstshift.exams.domain.Choice;
import org.firstshift.exams.domain.Question;
import org.firstshift.exams.domain.QuestionType;
import org.firstshift.platform.api.ProblemItem;
import org.firstshift.platform.i18n.LocalizedText;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The simple spreadsheet format for authors: one question per row, columns
 * {@code id,type,rules,topics,difficulty,text_en,text_ru,customer_en,customer_ru,options_en,options_ru,answer,tolerance,patterns}.
 * Lists inside a cell are separated by {@code ;} (rules, topics, answers) or {@code |} (options).
 * Options get the ids a, b, c, ... in the order written; {@code answer} names the right letters
 * (single, scenario: one; multiple: several), true/false, a number, or the accepted texts.
 * Ordering options are written in their right order; matching options as {@code left => right}
 * in their right pairs. Every problem names its row and column; nothing is half-read.
 */
public final class QuestionCsv {
    public static final List<String> COLUMNS = List.of("id", "type", "rules", "topics", "difficulty", "text_en", "text_ru",
            "customer_en", "customer_ru", "options_en", "options_ru", "answer", "tolerance", "patterns");

    private QuestionCsv() {
    }

    public record Read(List<Question> questions, List<ProblemItem> problems) {
    }

    public static Read read(String file, String text) {
        List<ProblemItem> problems = new ArrayList<>();
        List<Question> questions = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get();
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        try (CSVParser parser = CSVParser.parse(new StringReader(body), format)) {
            List<String> missing = COLUMNS.subList(0, 6).stream().filter(c -> !parser.getHeaderMap().containsKey(c)).toList();
            if (!missing.isEmpty()) {
                problems.add(ProblemItem.at(file, 1, null, "missing columns " + missing + " (expected " + COLUMNS + ")"));
                return new Read(questions, problems);
            }
            Set<String> ids = new java.util.HashSet<>();
            for (CSVRecord r : parser) {
                int row = (int) r.getRecordNumber() + 1;
                Question q = row(file, row, r, problems);
                if (q == null) {
                    continue;
                }
                if (!ids.add(q.code())) {
                    problems.add(ProblemItem.at(file, row, "id", "question '" + q.code() + "' appears twice"));
                }
                q.problems().forEach(p -> problems.add(ProblemItem.at(file, row, null, p)));
                questions.add(q);
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            problems.add(ProblemItem.at(file, 1, null, "not a readable CSV file: " + e.getMessage()));
        }
        if (questions.isEmpty() && problems.isEmpty()) {
            problems.add(ProblemItem.at(file, 1, null, "no questions in the file"));
        }
        return new Read(questions, problems);
    }

    private static String cell(CSVRecord r, String column) {
        return r.isMapped(column) && r.isSet(column) ? r.get(column).strip() : "";
    }

    private static List<String> list(String cell, String separator) {
        return cell.isEmpty() ? List.of() : Arrays.stream(cell.split(separator)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static Question row(String file, int row, CSVRecord r, List<ProblemItem> problems) {
        String id = cell(r, "id");
        var type = QuestionType.parse(cell(r, "type"));
        if (id.isEmpty() || type.isEmpty() || cell(r, "text_en").isEmpty()) {
            if (id.isEmpty()) {
                problems.add(ProblemItem.at(file, row, "id", "is required"));
            }
            if (type.isEmpty()) {
                problems.add(ProblemItem.at(file, row, "type", "must be one of single, multiple, true_false, ordering, matching, "
                        + "numeric, short_text, scenario: '" + cell(r, "type") + "'"));
            }
            if (cell(r, "text_en").isEmpty()) {
                problems.add(ProblemItem.at(file, row, "text_en", "is required"));
            }
            return null;
        }
        int difficulty = 2;
        if (!cell(r, "difficulty").isEmpty()) {
            try {
                difficulty = Integer.parseInt(cell(r, "difficulty"));
            } catch (NumberFormatException e) {
                problems.add(ProblemItem.at(file, row, "difficulty", "must be 1, 2 or 3: '" + cell(r, "difficulty") + "'"));
            }
        }
        LocalizedText text = new LocalizedText(cell(r, "text_en"), cell(r, "text_ru"));
        LocalizedText customer = cell(r, "customer_en").isEmpty() ? null : new LocalizedText(cell(r, "customer_en"), cell(r, "customer_ru"));
        List<String> en = list(cell(r, "options_en"), "\\|");
        List<String> ru = list(cell(r, "options_ru"), "\\|");
        List<String> answer = list(cell(r, "answer"), ";");
        List<Choice> options = new ArrayList<>();
        List<Choice> targets = new ArrayList<>();
        Map<String, String> pairs = new HashMap<>();
        Set<String> correct = new LinkedHashSet<>();
        Double value = null;
        double tolerance = 0;
        switch (type.get()) {
            case SINGLE, MULTIPLE, SCENARIO, ORDERING -> {
                for (int i = 0; i < en.size(); i++) {
                    options.add(new Choice(String.valueOf((char) ('a' + i)), new LocalizedText(en.get(i), i < ru.size() ? ru.get(i) : null)));
                }
                if (type.get() != QuestionType.ORDERING) {
                    answer.forEach(a -> correct.add(a.toLowerCase(java.util.Locale.ROOT)));
                }
            }
            case MATCHING -> {
                for (int i = 0; i < en.size(); i++) {
                    String[] lr = en.get(i).split("=>");
                    String[] lrRu = i < ru.size() ? ru.get(i).split("=>") : new String[0];
                    if (lr.length != 2) {
                        problems.add(ProblemItem.at(file, row, "options_en", "write each pair as 'left => right': '" + en.get(i) + "'"));
                        return null;
                    }
                    String l = "l" + (i + 1);
                    String rt = "r" + (i + 1);
                    options.add(new Choice(l, new LocalizedText(lr[0].strip(), lrRu.length == 2 ? lrRu[0].strip() : null)));
                    targets.add(new Choice(rt, new LocalizedText(lr[1].strip(), lrRu.length == 2 ? lrRu[1].strip() : null)));
                    pairs.put(l, rt);
                }
            }
            case TRUE_FALSE -> {
                String a = cell(r, "answer").toLowerCase(java.util.Locale.ROOT);
                if (!a.equals("true") && !a.equals("false")) {
                    problems.add(ProblemItem.at(file, row, "answer", "must be true or false: '" + cell(r, "answer") + "'"));
                    return null;
                }
                correct.add(a);
            }
            case NUMERIC -> {
                value = Question.number(cell(r, "answer")).orElse(null);
                if (value == null) {
                    problems.add(ProblemItem.at(file, row, "answer", "must be a number: '" + cell(r, "answer") + "'"));
                    return null;
                }
                if (!cell(r, "tolerance").isEmpty()) {
                    tolerance = Question.number(cell(r, "tolerance")).orElse(-1.0);
                }
            }
            case SHORT_TEXT -> {
                // accepted texts come from 'answer', patterns from 'patterns'
            }
        }
        return new Question(id, type.get(), text, customer, options, targets, correct, pairs, value, tolerance,
                type.get() == QuestionType.SHORT_TEXT ? answer : List.of(),
                type.get() == QuestionType.SHORT_TEXT ? list(cell(r, "patterns"), ";") : List.of(),
                list(cell(r, "rules"), "[;,\\s]+"), list(cell(r, "topics"), "[;,\\s]+"), difficulty, null);
    }
}
