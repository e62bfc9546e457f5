package org.firstshift.platform.content;

import org.firstshift.platform.api.ProblemItem;

import java.util.ArrayList;
import java.util.List;

/** Everything wrong with a content folder, each with its file and line. */
public final class ContentProblems {
    private final List<ProblemItem> items = new ArrayList<>();

    public void add(String file, int line, String message) {
        items.add(ProblemItem.at(file, line, null, message));
    }

    public boolean any() {
        return !items.isEmpty();
    }

    public List<ProblemItem> items() {
        return List.copyOf(items);
    }
}
