package org.firstshift.testing;

import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the demo company's content files, so tests take facts (such as which answer of a
 * knowledge check is right) from the same source the server loaded instead of repeating them.
 */
public final class DemoContent {
    private static final Path ROOT = Path.of("content", "demo");

    private DemoContent() {
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> read(String file) {
        try (Reader r = Files.newBufferedReader(ROOT.resolve(file), StandardCharsets.UTF_8)) {
            return new Yaml().load(r);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** For each question of a lesson, the 1-based number of its correct option. */
    @SuppressWarnings("unchecked")
    public static List<Integer> correctOptions(String courseFile, String lessonId) {
        List<Map<String, Object>> lessons = (List<Map<String, Object>>) read(courseFile).get("lessons");
        Map<String, Object> lesson = lessons.stream().filter(l -> lessonId.equals(l.get("id"))).findFirst().orElseThrow();
        List<Integer> correct = new ArrayList<>();
        for (Map<String, Object> q : (List<Map<String, Object>>) lesson.get("check")) {
            List<Map<String, Object>> options = (List<Map<String, Object>>) q.get("options");
            for (int i = 0; i < options.size(); i++) {
                if (Boolean.TRUE.equals(options.get(i).get("correct"))) {
                    correct.add(i + 1);
                }
            }
        }
        return correct;
    }

    /** How many activities a demo program has, as written in programs.yaml. */
    @SuppressWarnings("unchecked")
    public static int activityCount(String programId) {
        List<Map<String, Object>> programs = (List<Map<String, Object>>) read("programs.yaml").get("programs");
        return programs.stream().filter(p -> programId.equals(p.get("id"))).findFirst()
                .map(p -> ((List<?>) p.get("activities")).size()).orElseThrow();
    }
}
