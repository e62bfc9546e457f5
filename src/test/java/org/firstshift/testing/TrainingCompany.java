package org.firstshift.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A tiny company of a test's own, loaded through {@code POST /api/admin/content}: a position and a
 * store nobody else uses, a standard with four rules in two sections, a course of three lessons
 * (one question each, the second option right), a program for the position in which the third
 * lesson opens after the first, and two learners. Every id carries a fresh suffix, so tests sharing
 * the one server and database never see each other's data.
 */
public final class TrainingCompany {
    public final String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 6).toUpperCase();
    public final String standard = "STD-" + suffix;
    public final String course = "C-" + suffix;
    public final String program = "P-" + suffix;
    public final String position = "POS-" + suffix;
    public final String location = "LOC-" + suffix;
    /** Taught by {@link #meetLesson}. */
    public final String greetRule = "Q" + suffix + "-01";
    public final String distanceRule = "Q" + suffix + "-02";
    /** Taught by {@link #partLesson}. */
    public final String thanksRule = "Q" + suffix + "-03";
    /** Taught by {@link #extraLesson}, which opens after {@link #meetLesson}. */
    public final String offerRule = "Q" + suffix + "-04";
    public final String meetLesson = "L-" + suffix + "-MEET";
    public final String partLesson = "L-" + suffix + "-PART";
    public final String extraLesson = "L-" + suffix + "-EXTRA";
    public final Learner first = new Learner("T-" + suffix + "-1", "Lena Test " + suffix);
    public final Learner second = new Learner("T-" + suffix + "-2", "Mark Test " + suffix);

    /** A login of the company: a learner with a password made up for this run. */
    public static final class Learner {
        public final String personnelNumber;
        public final String name;
        public final String username;
        public final String password = UUID.randomUUID().toString();
        /** Unique to this learner, so that an LTI launch can find them by it. */
        public final String email;

        Learner(String personnelNumber, String name) {
            this.personnelNumber = personnelNumber;
            this.name = name;
            this.username = personnelNumber.toLowerCase();
            this.email = username + "@test.example";
        }

        public Api api(URL base) {
            return Api.withPassword(base, username, password);
        }
    }

    /** Loads everything; the admin's answer (200, or 422 with problems). */
    public Api.Reply load(URL base) {
        return Api.as(base, DemoUsers.ADMIN).post("/api/admin/content", "application/zip", zip(everything()));
    }

    /** Loads the standard again with the greeting rule saying something else: a new version is published. */
    public Api.Reply publishChangedGreeting(URL base, String newStatement) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("company.yaml", company());
        files.put("standards/" + standard.toLowerCase() + ".yaml", standardYaml(newStatement));
        return Api.as(base, DemoUsers.ADMIN).post("/api/admin/content", "application/zip", zip(files));
    }

    /** The check of every lesson of this course is passed by answering option 2. */
    public static String rightAnswers() {
        return "{\"answers\":{\"1\":2}}";
    }

    public static String wrongAnswers() {
        return "{\"answers\":{\"1\":1}}";
    }

    private Map<String, String> everything() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("company.yaml", company());
        files.put("organisation.yaml", """
                positions:
                  - code: %s
                    name: {en: "Test assistant %s", ru: "Тестовый помощник %s"}
                locations:
                  - code: %s
                    name: {en: "Test shop %s", ru: "Тестовый магазин %s"}
                    city: Testville
                """.formatted(position, suffix, suffix, location, suffix, suffix));
        files.put("people.yaml", "employees:\n" + employee(first) + employee(second));
        files.put("standards/" + standard.toLowerCase() + ".yaml", standardYaml("Greet every customer within 30 seconds."));
        files.put("courses/" + course.toLowerCase() + ".yaml", """
                id: %s
                title: {en: "Test course %s", ru: "Тестовый курс %s"}
                standard: %s
                lessons:
                %s%s%s""".formatted(course, suffix, suffix, standard,
                lesson(meetLesson, "Meeting customers " + suffix, greetRule + ", " + distanceRule),
                lesson(partLesson, "Saying goodbye " + suffix, thanksRule),
                lesson(extraLesson, "One more thing " + suffix, offerRule)));
        files.put("programs.yaml", """
                programs:
                  - id: %s
                    title: {en: "Test onboarding %s", ru: "Тестовая адаптация %s"}
                    audience: {positions: [%s], locations: []}
                    activities:
                      - {id: A1, type: lesson, ref: %s, due_day: 1, requires: []}
                      - {id: A2, type: lesson, ref: %s, due_day: 1, requires: []}
                      - {id: A3, type: lesson, ref: %s, due_day: 2, requires: [A1]}
                """.formatted(program, suffix, suffix, position, meetLesson, partLesson, extraLesson));
        return files;
    }

    private String company() {
        // demo: true lets the file carry the learners' (random) passwords.
        return "name: Test company " + suffix + "\ndemo: true\n";
    }

    private String employee(Learner l) {
        return """
                  - personnel_number: %s
                    full_name: %s
                    email: %s
                    hired_days_ago: 1
                    position: %s
                    location: %s
                    language: en
                    login: {username: %s, password: "%s", roles: [LEARNER]}
                """.formatted(l.personnelNumber, l.name, l.email, position, location, l.username, l.password);
    }

    private String standardYaml(String greeting) {
        return """
                id: %s
                title: {en: "Test standard %s", ru: "Тестовый стандарт %s"}
                status: published
                sections:
                  - id: MEET
                    title: {en: "Meeting", ru: "Встреча"}
                    rules:
                      - id: %s
                        kind: hard
                        statement: {en: "%s", ru: "Поздоровайтесь с покупателем в течение 30 секунд."}
                        do:
                          - {en: "Good afternoon!", ru: "Добрый день!"}
                        dont:
                          - {en: "What do you want?", ru: "Что вам?"}
                      - id: %s
                        kind: recommended
                        statement: {en: "Keep one or two metres away while the customer looks around.", ru: "Держитесь в 1–2 метрах, пока покупатель осматривается."}
                  - id: PART
                    title: {en: "Parting", ru: "Прощание"}
                    rules:
                      - id: %s
                        kind: hard
                        statement: {en: "Thank every customer as they leave.", ru: "Благодарите каждого уходящего покупателя."}
                      - id: %s
                        kind: recommended
                        statement: {en: "Offer one more useful item before payment.", ru: "Перед оплатой предложите ещё один полезный товар."}
                """.formatted(standard, suffix, suffix, greetRule, greeting, distanceRule, thanksRule, offerRule);
    }

    private static String lesson(String code, String title, String teaches) {
        return """
                  - id: %s
                    title: {en: "%s", ru: "%s"}
                    minutes: 3
                    teaches: [%s]
                    body: {en: "Read the rules and try them on the floor.", ru: "Прочитайте правила и попробуйте их в зале."}
                    check:
                      - question: {en: "What do you say first?", ru: "Что вы скажете первым делом?"}
                        options:
                          - text: {en: "What do you want?", ru: "Что вам?"}
                            correct: false
                          - text: {en: "Good afternoon!", ru: "Добрый день!"}
                            correct: true
                """.formatted(code, title, title, teaches);
    }

    static byte[] zip(Map<String, String> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (var f : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(f.getKey()));
                zip.write(f.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
