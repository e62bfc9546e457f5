package org.firstshift.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Fresh learners (and a small exam of their own) for exam tests, loaded through the admin's
 * content upload: every test gets learners with unused attempts, whatever ran before.
 * The small exam {@link #exam} has three questions (Q1 single "b", Q2 numeric 30±2, Q3 true/false
 * false), two attempts, no waiting time, pass mark 60 and an open review.
 */
public final class ExamFixture {
    public final String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 6).toUpperCase();
    public final String exam = "EXT-" + suffix;
    public final List<Learner> learners = new ArrayList<>();

    private final int minutes;

    public ExamFixture(int learnerCount) {
        this(learnerCount, 30);
    }

    /** With a time limit of its own (minutes), e.g. 1 to see a deadline pass. */
    public ExamFixture(int learnerCount, int minutes) {
        this.minutes = minutes;
        for (int i = 1; i <= learnerCount; i++) {
            learners.add(newLearner("XL-" + suffix + "-" + i, "Exam Learner " + suffix + " " + i));
        }
    }

    /** A learner login made up for this run. */
    public static final class Learner {
        public final String personnelNumber;
        public final String name;
        public final String username;
        public final String password = UUID.randomUUID().toString();

        Learner(String personnelNumber, String name) {
            this.personnelNumber = personnelNumber;
            this.name = name;
            this.username = personnelNumber.toLowerCase();
        }

        public Api api(URL base) {
            return Api.withPassword(base, username, password);
        }
    }

    private static Learner newLearner(String number, String name) {
        return new Learner(number, name);
    }

    public String q(int n) {
        return "Q" + n + "-" + suffix;
    }

    public ExamFixture load(URL base) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("company.yaml", "name: Exam test company " + suffix + "\ndemo: true\n");
        StringBuilder people = new StringBuilder("employees:\n");
        for (Learner l : learners) {
            people.append("""
                      - personnel_number: %s
                        full_name: %s
                        hired_days_ago: 1
                        position: SALES_CONSULTANT
                        location: STORE-CENTRAL
                        language: en
                        login: {username: %s, password: "%s", roles: [LEARNER]}
                    """.formatted(l.personnelNumber, l.name, l.username, l.password));
        }
        files.put("people.yaml", people.toString());
        files.put("exams/test-" + suffix.toLowerCase() + ".yaml", examYaml());
        Api.Reply reply = Api.as(base, DemoUsers.ADMIN).post("/api/admin/content", "application/zip", zip(files));
        assertEquals(200, reply.status(), reply::toString);
        return this;
    }

    String examYaml() {
        return """
                exam:
                  code: %1$s
                  title: {en: "Test exam %2$s", ru: "Тестовый экзамен %2$s"}
                  time_limit_minutes: %6$d
                  attempts: 2
                  wait_minutes: 0
                  pass_mark: 60
                  review_after_minutes: 0
                  shuffle_options: true
                  sections:
                    - code: ONE
                      title: {en: "Part one", ru: "Часть первая"}
                      draw: 2
                      tags: [t-%2$s]
                    - code: TWO
                      title: {en: "Part two", ru: "Часть вторая"}
                      draw: 1
                      tags: [u-%2$s]
                questions:
                  - id: %3$s
                    type: single
                    rules: [GREET-01]
                    topics: [t-%2$s]
                    text: {en: "Pick b", ru: "Выберите b"}
                    options:
                      - {id: a, en: "A", ru: "А"}
                      - {id: b, en: "B", ru: "Б", correct: true}
                      - {id: c, en: "C", ru: "В"}
                  - id: %4$s
                    type: numeric
                    rules: [GREET-01]
                    topics: [t-%2$s]
                    text: {en: "Seconds to greet", ru: "Секунд на приветствие"}
                    answer: 30
                    tolerance: 2
                  - id: %5$s
                    type: true_false
                    rules: [GREET-02]
                    topics: [u-%2$s]
                    text: {en: "Stand at the customer's shoulder", ru: "Стоять у плеча покупателя"}
                    answer: false
                """.formatted(exam, suffix, q(1), q(2), q(3), minutes);
    }

    /** The right answer of each fixture question, as answer values. */
    public Map<String, String> rightAnswers() {
        return Map.of(q(1), "[\"b\"]", q(2), "[\"30\"]", q(3), "[\"false\"]");
    }

    public static byte[] zip(Map<String, String> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> f : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(f.getKey()));
                zip.write(f.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }
}
