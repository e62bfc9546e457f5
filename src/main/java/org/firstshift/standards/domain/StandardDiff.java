package org.firstshift.standards.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What changed between two versions of a standard, by rule id: rules added, removed, and changed
 * (kind, statement, positions or phrases). Unchanged rules are not listed.
 */
public record StandardDiff(List<String> added, List<String> removed, List<String> changed) {

    public static StandardDiff between(StandardVersion older, StandardVersion newer) {
        List<String> added = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        for (Rule r : newer.rules()) {
            Optional<Rule> before = older == null ? Optional.empty() : older.rule(r.getCode());
            if (before.isEmpty()) {
                added.add(r.getCode());
            } else if (!before.get().sameContentAs(r)) {
                changed.add(r.getCode());
            }
        }
        List<String> removed = older == null ? List.of() : older.rules().stream().map(Rule::getCode)
                .filter(code -> newer.rule(code).isEmpty()).toList();
        return new StandardDiff(List.copyOf(added), List.copyOf(removed), List.copyOf(changed));
    }

    /** Rules a learner who knew the old version has to learn again: the added and the changed. */
    public Set<String> toRelearn() {
        Set<String> all = new TreeSet<>(added);
        all.addAll(changed);
        return all;
    }

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }
}
