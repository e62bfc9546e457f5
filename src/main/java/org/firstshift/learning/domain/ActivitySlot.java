package org.firstshift.learning.domain;

import java.util.List;

/** A program activity as one value: its id in the program, type key, reference, due day, prerequisites. */
public record ActivitySlot(String code, String typeKey, String ref, int dueDay, List<String> requires) {
    public ActivitySlot {
        requires = requires == null ? List.of() : List.copyOf(requires);
    }
}
