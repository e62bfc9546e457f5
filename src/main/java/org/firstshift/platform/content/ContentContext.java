package org.firstshift.platform.content;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What sections share while one content folder is loaded: the keys each file declares (so that
 * people.yaml can refer to a position declared in organisation.yaml) and the problems found.
 */
public final class ContentContext {
    private final Map<String, Set<String>> declared = new HashMap<>();
    private final ContentProblems problems;
    private final boolean demo;
    private final Map<String, String> sources;

    public ContentContext(ContentProblems problems, boolean demo) {
        this(problems, demo, Map.of());
    }

    public ContentContext(ContentProblems problems, boolean demo, Map<String, String> sources) {
        this.problems = problems;
        this.demo = demo;
        this.sources = Map.copyOf(sources);
    }

    /** The raw text of a file of this folder, for sections that keep their source (role-plays). */
    public String sourceOf(String file) {
        return sources.getOrDefault(file, "");
    }

    public ContentProblems problems() {
        return problems;
    }

    /** Whether this is the demo company (whose passwords may equal user names). */
    public boolean isDemo() {
        return demo;
    }

    /** Declares a key; returns false when it was already declared (a duplicate). */
    public boolean declare(String kind, String key) {
        return declared.computeIfAbsent(kind, k -> new HashSet<>()).add(key);
    }

    public boolean isDeclared(String kind, String key) {
        return declared.getOrDefault(kind, Set.of()).contains(key);
    }
}
