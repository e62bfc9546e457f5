package org.firstshift.elearning.packages.domain;

import org.firstshift.platform.api.ProblemItem;

import java.util.ArrayList;
import java.util.List;

/** Collects every problem of an upload, each with the file it was found in, so one answer lists them all. */
public final class Problems {
    private final List<ProblemItem> items = new ArrayList<>();

    public void add(String file, String message) {
        items.add(new ProblemItem(file, null, null, message));
    }

    public boolean any() {
        return !items.isEmpty();
    }

    public List<ProblemItem> items() {
        return List.copyOf(items);
    }
}
